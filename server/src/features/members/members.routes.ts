import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { rowKeyIdParam, revealRequestSchema } from '../households/code-schemas.ts';
import { moveOutMember } from './member-move-out.service.ts';
import { revealIdNumber } from './member-reveal.service.ts';
import { memberAddSchema, memberPatchSchema, memberSchema, moveOutSchema, revealedIdNumberSchema } from './members.schemas.ts';
import { addMember, updateMember } from './members.service.ts';

const tags = ['members'];

export const membersApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/households/{id}/members', tags, summary: 'Add a member to a household',
    request: { params: rowKeyIdParam, ...jsonBody(memberAddSchema) },
    responses: { 201: jsonContent(memberSchema, 'The member'), ...problemResponses },
  }), async (c) => c.json(await addMember(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'patch', path: '/members/{id}', tags, summary: 'Change a member (the household\'s composition is checked again)',
    request: { params: rowKeyIdParam, ...jsonBody(memberPatchSchema) },
    responses: { 200: jsonContent(memberSchema, 'The member after the change'), ...problemResponses },
  }), async (c) => c.json(await updateMember(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/members/{id}/move-out', tags, summary: 'Record that a member left the household (frees the ID number)',
    request: { params: rowKeyIdParam, ...jsonBody(moveOutSchema) },
    responses: { 200: jsonContent(memberSchema, 'The member, moved out'), ...problemResponses },
  }), async (c) => c.json(await moveOutMember(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/members/{id}/reveal', tags, summary: 'Show the ID number in plain text (audited, with a reason)',
    request: { params: rowKeyIdParam, ...jsonBody(revealRequestSchema) },
    responses: { 200: jsonContent(revealedIdNumberSchema, 'The ID number'), ...problemResponses },
  }), async (c) => c.json(await revealIdNumber(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').reason), 200));
