import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { answerReport, reportResponses } from '../programmes/programme-report.ts';
import { studentAidSheets } from './education-aid.workbook.ts';
import { aidPaymentInputSchema, aidPaymentQuerySchema, aidPaymentSchema, studentAidPageSchema, studentAidQuerySchema } from './education-aid.schemas.ts';
import { listAidPayments, listStudentAid, recordAidPayment } from './education-aid.service.ts';

const tags = ['education-aid'];

export const educationAidApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/education-aid/students', tags,
    summary: 'Students of registered and dibao households with the aid the policy entitles them to, what was paid and what is missing',
    request: { query: studentAidQuerySchema },
    responses: { ...reportResponses(studentAidPageSchema, 'Students and their aid (JSON or Excel)'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    const name = query.missingOnly === 'true' ? { zh: '应助未助学生名单', en: 'students-missing-aid' } : { zh: '学生资助情况', en: 'student-aid' };
    return answerReport(c, query, await listStudentAid(c.get('ctx'), c.get('actor'), query), name, studentAidSheets);
  })
  .openapi(createRoute({
    method: 'get', path: '/education-aid/payments', tags, summary: 'Education aid paid in your region',
    request: { query: aidPaymentQuerySchema },
    responses: { 200: jsonContent(z.array(aidPaymentSchema), 'Payments'), ...problemResponses },
  }), async (c) => c.json(await listAidPayments(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/education-aid/payments', tags, summary: 'Record aid paid to a student (a second payment of the same item and year is refused)',
    request: jsonBody(aidPaymentInputSchema),
    responses: { 201: jsonContent(aidPaymentSchema, 'The payment'), ...problemResponses },
  }), async (c) => c.json(await recordAidPayment(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201));
