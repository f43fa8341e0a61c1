import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { idParam } from '../households/code-schemas.ts';
import { answerReport, reportResponses } from '../programmes/programme-report.ts';
import { householdParam } from '../programmes/programme.schemas.ts';
import { microloanSheets } from './microloan-report.workbook.ts';
import { listMicroloans, reportMicroloans } from './microloan-report.service.ts';
import {
  microloanApplicationSchema, microloanDecisionSchema, microloanDetailSchema, microloanDisbursementSchema, microloanListQuerySchema,
  microloanRepaymentSchema, microloanReportQuerySchema, microloanReportSchema, microloanSchema,
} from './microloans.schemas.ts';
import { applyForMicroloan, decideMicroloan, disburseMicroloan, getMicroloan, recordMicroloanRepayment } from './microloans.service.ts';

const tags = ['microloans'];

// /microloans/report is declared before /microloans/{id} so that "report" is never taken for an id.
export const microloansApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/microloans/report', tags, summary: 'Disbursed microloans by village: balances, overdue and recovery rates, interest subsidy (JSON or Excel)',
    request: { query: microloanReportQuerySchema },
    responses: { ...reportResponses(microloanReportSchema, 'The portfolio report'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return answerReport(c, query, await reportMicroloans(c.get('ctx'), c.get('actor'), query), { zh: '小额信贷统计', en: 'microloan-report' }, microloanSheets);
  })
  .openapi(createRoute({
    method: 'get', path: '/microloans', tags, summary: 'Microloans in your region, with where each stands today',
    request: { query: microloanListQuerySchema },
    responses: { 200: jsonContent(z.array(microloanSchema), 'Microloans'), ...problemResponses },
  }), async (c) => c.json(await listMicroloans(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/households/{householdId}/microloans', tags,
    summary: 'Apply for a microloan; above the cap or term in force, from an ineligible household, or on top of a live loan it is refused with its reason',
    request: { params: householdParam, ...jsonBody(microloanApplicationSchema) },
    responses: { 201: jsonContent(microloanDetailSchema, 'The application'), ...problemResponses },
  }), async (c) => c.json(await applyForMicroloan(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/microloans/{id}', tags, summary: 'A microloan with its repayment schedule, repayments and standing',
    request: { params: idParam },
    responses: { 200: jsonContent(microloanDetailSchema, 'The microloan'), ...problemResponses },
  }), async (c) => c.json(await getMicroloan(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'post', path: '/microloans/{id}/decision', tags, summary: 'Approve (rules checked again) or refuse with a reason',
    request: { params: idParam, ...jsonBody(microloanDecisionSchema) },
    responses: { 200: jsonContent(microloanDetailSchema, 'The decided microloan'), ...problemResponses },
  }), async (c) => c.json(await decideMicroloan(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/microloans/{id}/disbursement', tags, summary: 'Record the disbursement; fixes the schedule and interest subsidy and records the measure',
    request: { params: idParam, ...jsonBody(microloanDisbursementSchema) },
    responses: { 200: jsonContent(microloanDetailSchema, 'The disbursed microloan'), ...problemResponses },
  }), async (c) => c.json(await disburseMicroloan(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').disbursedOn), 200))
  .openapi(createRoute({
    method: 'post', path: '/microloans/{id}/repayments', tags, summary: 'Record a repayment; the loan is settled when no principal is left',
    request: { params: idParam, ...jsonBody(microloanRepaymentSchema) },
    responses: { 201: jsonContent(microloanDetailSchema, 'The microloan after the repayment'), ...problemResponses },
  }), async (c) => c.json(await recordMicroloanRepayment(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201));
