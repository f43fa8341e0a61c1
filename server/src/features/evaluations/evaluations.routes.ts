import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { evaluateCounty, evaluateVillage } from './area-evaluation.service.ts';
import {
  countyEvaluationSchema, countyParams, countyQuery, exitReportIdParams, exitReportInputSchema, exitReportListQuery, exitReportSchema,
  householdEvaluationParams, householdEvaluationSchema, villageEvaluationSchema, villageParams, villageQuery, yearOnlyQuery,
} from './evaluations.schemas.ts';
import { getExitReport, listExitReports, recordExitReport } from './exit-reports.service.ts';
import { evaluateHouseholdForYear } from './household-evaluation.service.ts';

export const evaluationsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/evaluations/households/{householdId}', tags: ['evaluations'],
    summary: 'A household\'s income, basic needs, exit eligibility and entitlements for a year, each with its reasons',
    request: { params: householdEvaluationParams, query: yearOnlyQuery },
    responses: { 200: jsonContent(householdEvaluationSchema, 'The evaluation'), ...problemResponses },
  }), async (c) => c.json(await evaluateHouseholdForYear(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('query').year), 200))
  .openapi(createRoute({
    method: 'get', path: '/evaluations/villages/{villageCode}', tags: ['evaluations'],
    summary: 'A village\'s poverty incidence, exit eligibility and poor-village criteria',
    request: { params: villageParams, query: villageQuery },
    responses: { 200: jsonContent(villageEvaluationSchema, 'The evaluation'), ...problemResponses },
  }), async (c) => {
    const { year, collectiveIncome } = c.req.valid('query');
    return c.json(await evaluateVillage(c.get('ctx'), c.get('actor'), c.req.valid('param').villageCode, year, { collectiveIncome }), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/evaluations/counties/{countyCode}', tags: ['evaluations'],
    summary: 'A county\'s incidence as of the year and, from a recorded sampling exercise, the three rates, composite incidence and exit eligibility',
    request: { params: countyParams, query: countyQuery },
    responses: { 200: jsonContent(countyEvaluationSchema, 'The evaluation'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return c.json(await evaluateCounty(c.get('ctx'), c.get('actor'), c.req.valid('param').countyCode, query.year, query.samplingExerciseId ?? null), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/exit-reports', tags: ['evaluations'],
    summary: 'Evaluate a village or county exit from the data and record the report with its evidence',
    request: jsonBody(exitReportInputSchema),
    responses: { 201: jsonContent(exitReportSchema, 'The recorded report'), ...problemResponses },
  }), async (c) => c.json(await recordExitReport(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/exit-reports', tags: ['evaluations'], summary: 'Recorded exit reports inside a region, newest first',
    request: { query: exitReportListQuery },
    responses: { 200: jsonContent(z.array(exitReportSchema), 'Reports'), ...problemResponses },
  }), async (c) => {
    const { regionCode, level } = c.req.valid('query');
    return c.json(await listExitReports(c.get('ctx'), c.get('actor'), regionCode, level), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/exit-reports/{id}', tags: ['evaluations'], summary: 'One recorded exit report with its decision and evidence',
    request: { params: exitReportIdParams },
    responses: { 200: jsonContent(exitReportSchema, 'The report'), ...problemResponses },
  }), async (c) => c.json(await getExitReport(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200));
