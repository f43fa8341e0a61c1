import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { memberMonthParam, teamIdParam, workTeamDaysInputSchema, workTeamInputSchema, workTeamListQuerySchema, workTeamMemberInputSchema, workTeamSchema } from './work-teams.schemas.ts';
import { addWorkTeamMember, createWorkTeam, listWorkTeams, recordDaysInVillage } from './work-teams.service.ts';

export const workTeamsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/work-teams', tags: ['cadres'], summary: 'Village work teams and first secretaries in your region, with days in the village',
    request: { query: workTeamListQuerySchema },
    responses: { 200: jsonContent(z.array(workTeamSchema), 'Work teams'), ...problemResponses },
  }), async (c) => c.json(await listWorkTeams(c.get('ctx'), c.get('actor'), c.req.valid('query').regionCode), 200))
  .openapi(createRoute({
    method: 'post', path: '/work-teams', tags: ['cadres'], summary: 'Station a work team in a village (cadres:manage)',
    request: jsonBody(workTeamInputSchema),
    responses: { 201: jsonContent(workTeamSchema, 'The team'), ...problemResponses },
  }), async (c) => c.json(await createWorkTeam(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/work-teams/{teamId}/members', tags: ['cadres'], summary: 'Add a cadre to a team (one first secretary at a time)',
    request: { params: teamIdParam, ...jsonBody(workTeamMemberInputSchema) },
    responses: { 201: jsonContent(workTeamSchema, 'The team'), ...problemResponses },
  }), async (c) => c.json(await addWorkTeamMember(c.get('ctx'), c.get('actor'), c.req.valid('param').teamId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'put', path: '/work-team-members/{memberId}/days/{month}', tags: ['cadres'], summary: 'Record a team member\'s days in the village for a month',
    request: { params: memberMonthParam, ...jsonBody(workTeamDaysInputSchema) },
    responses: { 200: jsonContent(workTeamSchema, 'The team'), ...problemResponses },
  }), async (c) => {
    const { memberId, month } = c.req.valid('param');
    return c.json(await recordDaysInVillage(c.get('ctx'), c.get('actor'), memberId, month, c.req.valid('json').days), 200);
  });
