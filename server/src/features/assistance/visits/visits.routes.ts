import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../../errors/app-error.ts';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { householdIdParam } from '../measures/measures.schemas.ts';
import { addVisitPhoto, MAX_PHOTO_BYTES, readVisitPhoto } from './visit-photos.service.ts';
import { photoIdParam, photoUploadSchema, visitIdParam, visitInputSchema, visitSchema } from './visits.schemas.ts';
import { completeFollowUp, listVisits, recordVisit } from './visits.service.ts';

const app = createFeatureApp();
// Refuse an oversized upload before it is read into memory.
app.use('/visits/:visitId/photos', bodyLimit({
  maxSize: MAX_PHOTO_BYTES + 64 * 1024,
  onError: () => { throw new AppError('PHOTO_REJECTED', `a photo may be at most ${MAX_PHOTO_BYTES} bytes`, { field: 'photo' }); },
}));

export const visitsApp = app
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/visits', tags: ['assistance'], summary: 'Visits to a household, newest first',
    request: { params: householdIdParam },
    responses: { 200: jsonContent(z.array(visitSchema), 'Visits'), ...problemResponses },
  }), async (c) => c.json(await listVisits(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId), 200))
  .openapi(createRoute({
    method: 'post', path: '/households/{householdId}/visits', tags: ['assistance'],
    summary: 'Record a visit (no later than today, no further back than the region\'s window)',
    request: { params: householdIdParam, ...jsonBody(visitInputSchema) },
    responses: { 201: jsonContent(visitSchema, 'The visit'), ...problemResponses },
  }), async (c) => c.json(await recordVisit(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/visits/{visitId}/follow-up-done', tags: ['assistance'], summary: 'Mark a visit\'s follow-up as done',
    request: { params: visitIdParam },
    responses: { 200: jsonContent(visitSchema, 'The visit'), ...problemResponses },
  }), async (c) => c.json(await completeFollowUp(c.get('ctx'), c.get('actor'), c.req.valid('param').visitId), 200))
  .openapi(createRoute({
    method: 'post', path: '/visits/{visitId}/photos', tags: ['assistance'], summary: 'Add a photo to a visit (JPEG, PNG or WebP, at most 5 MB)',
    request: { params: visitIdParam, body: { content: { 'multipart/form-data': { schema: photoUploadSchema } }, required: true } },
    responses: { 201: jsonContent(visitSchema, 'The visit with its photos'), ...problemResponses },
  }), async (c) => c.json(await addVisitPhoto(c.get('ctx'), c.get('actor'), c.req.valid('param').visitId, c.req.valid('form').photo), 201))
  .openapi(createRoute({
    method: 'get', path: '/visit-photos/{photoId}', tags: ['assistance'], summary: 'A visit photo',
    request: { params: photoIdParam },
    responses: { 200: { description: 'The image', content: { 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses },
  }), async (c) => {
    const photo = await readVisitPhoto(c.get('ctx'), c.get('actor'), c.req.valid('param').photoId);
    return c.body(photo.bytes, 200, { 'content-type': photo.contentType, 'cache-control': 'private, max-age=86400' });
  });
