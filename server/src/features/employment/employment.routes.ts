import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { answerReport, reportResponses } from '../programmes/programme-report.ts';
import { employmentReportQuerySchema, employmentReportSchema, employmentSheets, reportEmployment } from './employment-report.service.ts';
import { idParam } from '../households/code-schemas.ts';
import { householdParam, yearQueryField } from '../programmes/programme.schemas.ts';
import {
  householdLabourSchema, jobInputSchema, jobSchema, labourPageSchema, labourQuerySchema, postEndSchema, postInputSchema, postSchema,
  programmeListQuerySchema, trainingInputSchema, trainingSchema,
} from './employment.schemas.ts';
import { endPublicWelfarePost, listJobs, listPosts, recordJob, recordPost } from './employment.service.ts';
import { getHouseholdLabour, listLabourForce } from './labour-force.service.ts';
import { listTraining, recordTraining } from './training.service.ts';

const tags = ['employment'];

export const employmentApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/employment/report', tags, summary: 'Employment by village for a year (JSON or Excel)',
    request: { query: employmentReportQuerySchema },
    responses: { ...reportResponses(employmentReportSchema, 'The employment report'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return answerReport(c, query, await reportEmployment(c.get('ctx'), c.get('actor'), query), { zh: '就业帮扶统计', en: 'employment-report' }, employmentSheets);
  })
  .openapi(createRoute({
    method: 'get', path: '/employment/labour-force', tags, summary: 'The labour force of the households programmes serve, with who worked in the year',
    request: { query: labourQuerySchema },
    responses: { 200: jsonContent(labourPageSchema, 'Summary and one page of labour-force members'), ...problemResponses },
  }), async (c) => c.json(await listLabourForce(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/labour', tags, summary: 'A household\'s members as the labour registry sees them, with jobs, posts and training',
    request: { params: householdParam, query: z.object({ year: yearQueryField }) },
    responses: { 200: jsonContent(householdLabourSchema, 'Labour standing and programme records'), ...problemResponses },
  }), async (c) => c.json(await getHouseholdLabour(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('query').year), 200))
  .openapi(createRoute({
    method: 'get', path: '/employment/jobs', tags, summary: 'Jobs held by members in your region',
    request: { query: programmeListQuerySchema },
    responses: { 200: jsonContent(z.array(jobSchema), 'Jobs'), ...problemResponses },
  }), async (c) => c.json(await listJobs(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/employment/jobs', tags, summary: 'Record a job a member held in a year (months and income); it shows as an employment measure',
    request: jsonBody(jobInputSchema),
    responses: { 201: jsonContent(jobSchema, 'The recorded job'), ...problemResponses },
  }), async (c) => c.json(await recordJob(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/employment/public-welfare-posts', tags, summary: 'Public welfare posts held in your region (in a year, when given)',
    request: { query: programmeListQuerySchema },
    responses: { 200: jsonContent(z.array(postSchema), 'Posts'), ...problemResponses },
  }), async (c) => c.json(await listPosts(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/employment/public-welfare-posts', tags, summary: 'Appoint a member to a public welfare post (one post per person at a time)',
    request: jsonBody(postInputSchema),
    responses: { 201: jsonContent(postSchema, 'The post'), ...problemResponses },
  }), async (c) => c.json(await recordPost(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/employment/public-welfare-posts/{id}/end', tags, summary: 'End a public welfare post',
    request: { params: idParam, ...jsonBody(postEndSchema) },
    responses: { 200: jsonContent(postSchema, 'The ended post'), ...problemResponses },
  }), async (c) => c.json(await endPublicWelfarePost(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').endedOn), 200))
  .openapi(createRoute({
    method: 'get', path: '/employment/training', tags, summary: 'Training records in your region (started in a year, when given)',
    request: { query: programmeListQuerySchema },
    responses: { 200: jsonContent(z.array(trainingSchema), 'Training records'), ...problemResponses },
  }), async (c) => c.json(await listTraining(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/employment/training', tags, summary: 'Record a training a member took; employer-run training earns the subsidy in force',
    request: jsonBody(trainingInputSchema),
    responses: { 201: jsonContent(trainingSchema, 'The training record'), ...problemResponses },
  }), async (c) => c.json(await recordTraining(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201));
