import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { exerciseIdParam, exerciseSchema, exerciseSummarySchema, findingInputSchema, sampledHouseholdParam, samplingInputSchema } from './sampling.schemas.ts';
import { drawSamplingExercise, getSamplingExercise, listSamplingExercises, recordSampleFinding } from './sampling.service.ts';

const tags = ['sampling'];

export const samplingApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/sampling-exercises', tags, summary: 'Draw a reproducible stratified sample for a third-party check (三率一度)',
    request: jsonBody(samplingInputSchema),
    responses: { 201: jsonContent(exerciseSchema, 'The exercise with its households'), ...problemResponses },
  }), async (c) => c.json(await drawSamplingExercise(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/sampling-exercises', tags, summary: 'Sampling exercises over your region, newest first',
    responses: { 200: jsonContent(z.array(exerciseSummarySchema), 'Exercises'), ...problemResponses },
  }), async (c) => c.json(await listSamplingExercises(c.get('ctx'), c.get('actor')), 200))
  .openapi(createRoute({
    method: 'get', path: '/sampling-exercises/{exerciseId}', tags, summary: 'An exercise: its households, findings and the three rates and one degree',
    request: { params: exerciseIdParam },
    responses: { 200: jsonContent(exerciseSchema, 'The exercise'), ...problemResponses },
  }), async (c) => c.json(await getSamplingExercise(c.get('ctx'), c.get('actor'), c.req.valid('param').exerciseId), 200))
  .openapi(createRoute({
    method: 'put', path: '/sampling-exercises/{exerciseId}/households/{householdId}', tags, summary: 'Record the finding for a sampled household',
    request: { params: sampledHouseholdParam, ...jsonBody(findingInputSchema) },
    responses: { 200: jsonContent(exerciseSchema, 'The exercise with the rates recomputed'), ...problemResponses },
  }), async (c) => {
    const { exerciseId, householdId } = c.req.valid('param');
    return c.json(await recordSampleFinding(c.get('ctx'), c.get('actor'), exerciseId, householdId, c.req.valid('json')), 200);
  });
