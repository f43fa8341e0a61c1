import { z } from '@hono/zod-openapi';

export const assistanceSettingsInputSchema = z.object({
  maxPairingLoad: z.number().int().min(1).max(100).openapi({ description: 'Most households one cadre may be paired with at a time' }),
  visitBackdateDays: z.number().int().min(0).max(365).openapi({ description: 'How many days after a visit it may still be recorded' }),
  visitIntervalDays: z.number().int().min(1).max(366).openapi({ description: 'A paired household is due a visit this many days after the last one' }),
}).openapi('AssistanceSettingsInput');

export const assistanceSettingsSchema = assistanceSettingsInputSchema.extend({
  regionCode: z.string(),
  /** Where the values come from: a region's own row, or the defaults. */
  sourceRegionCode: z.string().nullable().openapi({ description: 'The region whose settings apply (inherited from the nearest ancestor); null for the defaults' }),
}).openapi('AssistanceSettings');

export type AssistanceSettingsInput = z.infer<typeof assistanceSettingsInputSchema>;
export type AssistanceSettingsView = z.infer<typeof assistanceSettingsSchema>;

export const regionCodeParam = z.object({
  regionCode: z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'expected a region code').openapi({ param: { name: 'regionCode', in: 'path' }, example: '150602' }),
});
