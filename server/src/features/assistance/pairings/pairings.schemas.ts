import { z } from '@hono/zod-openapi';
import { isoDateSchema, rowKeySchema, rowKeyText } from '../../households/code-schemas.ts';

export const pairingInputSchema = z.object({
  cadreId: z.string().min(1).max(64),
  householdId: rowKeySchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
}).openapi('PairingInput');

export type PairingInput = z.infer<typeof pairingInputSchema>;

export const pairingEndSchema = z.object({ endDate: isoDateSchema }).openapi('PairingEnd');

export const pairingSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  cadreUnit: z.string(),
  cadrePhone: z.string().nullable(),
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  povertyStatus: z.string(),
  villageCode: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  isActive: z.boolean().openapi({ description: 'In force today (a household\'s exit does not end it)' }),
}).openapi('Pairing');

export type PairingView = z.infer<typeof pairingSchema>;

export const pairingListQuerySchema = z.object({
  cadreId: z.string().max(64).optional(),
  householdId: rowKeyText.optional(),
  regionCode: z.string().regex(/^\d{2,12}$/).optional(),
  activeOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const pairingIdParam = z.object({
  pairingId: z.string().min(1).max(64).openapi({ param: { name: 'pairingId', in: 'path' } }),
});
