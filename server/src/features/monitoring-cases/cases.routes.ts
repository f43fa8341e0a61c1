import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { countCases, listVillageAggregates } from './cases-counts.service.ts';
import { checkRiskElimination, eliminateRisk } from './cases-elimination.service.ts';
import { openCase } from './cases-open.service.ts';
import { getCase, listCases, listCasesWaitingForMe } from './cases-read.service.ts';
import { actOnCaseStep } from './cases-steps.service.ts';
import {
  caseIdParam, caseListQuery, caseOpenSchema, casePageSchema, caseSchema, caseStepActionSchema, caseSummarySchema, countsQuery, countsSchema,
  eliminationCheckQuery, eliminationDecisionSchema, eliminationInputSchema, regionQuery, villageAggregateSchema,
} from './cases.schemas.ts';

const tags = ['monitoring cases'];

/** Monitoring cases: discovery → verification → appraisal → township review → county approval → assistance → risk elimination. */
export const monitoringCasesApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/monitoring/cases', tags, summary: 'Open a monitoring case: from alerts, a self-report or a cadre\'s screening',
    description: 'A department-alert case takes its alerts and every other open alert of the household. The green channel (disaster, accident) includes the case at once; its steps are still owed.',
    request: jsonBody(caseOpenSchema),
    responses: { 201: jsonContent(caseSchema, 'The case, waiting for verification on site'), ...problemResponses },
  }), async (c) => c.json(await openCase(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/cases', tags, summary: 'Monitoring cases in your region, newest discovery first',
    request: { query: caseListQuery },
    responses: { 200: jsonContent(casePageSchema, 'Cases'), ...problemResponses },
  }), async (c) => c.json(await listCases(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/cases/waiting-for-me', tags, summary: 'Cases at a step you own, and (village cadres) included cases still without a measure; earliest due first',
    request: { query: regionQuery },
    responses: { 200: jsonContent(z.array(caseSummarySchema), 'Waiting for you'), ...problemResponses },
  }), async (c) => c.json(await listCasesWaitingForMe(c.get('ctx'), c.get('actor'), c.req.valid('query').region), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/cases/counts', tags, summary: 'Cases identified, eliminated, rejected, open, overdue and without a measure: in total, by type, risk and village',
    request: { query: countsQuery },
    responses: { 200: jsonContent(countsSchema, 'Counts'), ...problemResponses },
  }), async (c) => c.json(await countCases(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/villages', tags, summary: 'Per village: open alerts, open cases by state and overdue cases (for the map)',
    request: { query: regionQuery },
    responses: { 200: jsonContent(z.array(villageAggregateSchema), 'Villages with anything open'), ...problemResponses },
  }), async (c) => c.json(await listVillageAggregates(c.get('ctx'), c.get('actor'), c.req.valid('query').region), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/cases/{caseId}', tags, summary: 'A case with its steps, alerts, measures, timeline and the actions open to you',
    request: { params: caseIdParam },
    responses: { 200: jsonContent(caseSchema, 'The case'), ...problemResponses },
  }), async (c) => c.json(await getCase(c.get('ctx'), c.get('actor'), c.req.valid('param').caseId), 200))
  .openapi(createRoute({
    method: 'post', path: '/monitoring/cases/{caseId}/steps', tags, summary: 'Approve or reject the current step, as its owner',
    description: 'A rejection needs a reason and closes the case with its alerts. The county\'s approval includes the case.',
    request: { params: caseIdParam, ...jsonBody(caseStepActionSchema) },
    responses: { 200: jsonContent(caseSchema, 'The case after the decision'), ...problemResponses },
  }), async (c) => c.json(await actOnCaseStep(c.get('ctx'), c.get('actor'), c.req.valid('param').caseId, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/cases/{caseId}/elimination-check', tags, summary: 'Whether the risk may be eliminated now, with every condition and its reason (writes nothing)',
    request: { params: caseIdParam, query: eliminationCheckQuery },
    responses: { 200: jsonContent(eliminationDecisionSchema, 'The decision'), ...problemResponses },
  }), async (c) => c.json(await checkRiskElimination(c.get('ctx'), c.get('actor'), c.req.valid('param').caseId, c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/monitoring/cases/{caseId}/elimination', tags, summary: 'Eliminate the risk and close the case',
    description: 'Refused with 422 RISK_ELIMINATION_REFUSED and details.decision (every reason) unless the policy\'s conditions hold.',
    request: { params: caseIdParam, ...jsonBody(eliminationInputSchema) },
    responses: { 200: jsonContent(caseSchema, 'The closed case'), ...problemResponses },
  }), async (c) => c.json(await eliminateRisk(c.get('ctx'), c.get('actor'), c.req.valid('param').caseId, c.req.valid('json')), 200));
