import { z } from '@hono/zod-openapi';
import { isoDateSchema, rowKeySchema, rowKeyText } from '../households/code-schemas.ts';
import { fenSchema } from '../incomes/incomes.schemas.ts';

export { fenSchema, isoDateSchema };

export const regionQueryField = z.string().regex(/^\d{2,12}$/, 'a region code has 2 to 12 digits').optional()
  .openapi({ description: 'Narrow to this region inside yours', example: '150602' });

export const yearQueryField = z.coerce.number().int().min(2013).max(2100).openapi({ example: 2020 });

export const textField = (max: number) => z.string().trim().min(1, 'required').max(max);

export const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A member-level record as lists show it: who, with the ID number masked. */
export const memberLabelSchema = z.object({
  memberId: rowKeySchema,
  householdId: rowKeySchema,
  householdNo: z.string(),
  villageCode: z.string(),
  memberName: z.string(),
  idMasked: z.string(),
});

export const householdParam = z.object({
  householdId: rowKeyText.openapi({ param: { name: 'householdId', in: 'path' } }),
});
