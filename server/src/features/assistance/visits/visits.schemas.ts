import { z } from '@hono/zod-openapi';
import { visitPurposes } from '@fupin/core';
import { codeEnum, isoDateSchema, rowKeySchema } from '../../households/code-schemas.ts';

export const visitInputSchema = z.object({
  visitDate: isoDateSchema,
  purpose: codeEnum(visitPurposes),
  notes: z.string().trim().min(1, 'write what was seen and said').max(2000),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  householdSigned: z.boolean().default(false).openapi({ description: 'The household signed the visit record' }),
  followUp: z.string().trim().max(500).nullable().default(null).openapi({ description: 'What must be done after the visit' }),
  followUpDue: isoDateSchema.nullable().default(null),
}).refine((v) => (v.latitude === null) === (v.longitude === null), { message: 'give both latitude and longitude, or neither', path: ['longitude'] })
  .openapi('VisitInput');

export type VisitInput = z.infer<typeof visitInputSchema>;

export const visitPhotoSchema = z.object({
  id: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
}).openapi('VisitPhoto');

export const visitSchema = z.object({
  id: z.string(),
  householdId: rowKeySchema,
  villageCode: z.string(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  visitedBy: z.string(),
  visitedByName: z.string().nullable(),
  visitDate: z.string(),
  purpose: z.string(),
  notes: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  householdSigned: z.boolean(),
  followUp: z.string().nullable(),
  followUpDue: z.string().nullable(),
  followUpDoneAt: z.string().nullable(),
  photos: z.array(visitPhotoSchema),
  createdAt: z.string(),
}).openapi('Visit');

export type VisitView = z.infer<typeof visitSchema>;

export const visitIdParam = z.object({
  visitId: z.string().min(1).max(64).openapi({ param: { name: 'visitId', in: 'path' } }),
});

export const photoIdParam = z.object({
  photoId: z.string().min(1).max(64).openapi({ param: { name: 'photoId', in: 'path' } }),
});

export const photoUploadSchema = z.object({
  photo: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: 'JPEG, PNG or WebP, at most 5 MB' }),
}).openapi('VisitPhotoUpload');
