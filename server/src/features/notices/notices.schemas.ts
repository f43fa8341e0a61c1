import { z } from '@hono/zod-openapi';
import { isoDateSchema } from '../households/code-schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

/** The notice steps: the identification's two notices and the exit notice. */
export const NOTICE_STEPS = ['firstNotice', 'secondNotice', 'notice'] as const;
export type NoticeStep = (typeof NOTICE_STEPS)[number];

export const noticeQuerySchema = z.object({
  villageCode: regionCodeSchema.openapi({ description: '12-digit village code', example: '150602101201' }),
  step: z.enum(NOTICE_STEPS),
  startsOn: isoDateSchema.optional().openapi({ description: 'The day the notice went up; the latest posting when left out' }),
});
export type NoticeQuery = z.infer<typeof noticeQuerySchema>;

export const noticePostingsQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  step: z.enum(NOTICE_STEPS).optional(),
});

/** One line of a notice: only what a notice may show. */
export const noticeEntrySchema = z.object({
  headName: z.string(),
  idNumberMasked: z.string().nullable(),
  villageName: z.string(),
  mainCause: z.string().nullable(),
}).openapi('NoticeEntry');

export const noticeSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  step: z.enum(NOTICE_STEPS),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  isPosted: z.boolean().openapi({ description: 'Still posted today (the period has not ended)' }),
  entries: z.array(noticeEntrySchema),
}).openapi('Notice');
export type NoticeView = z.infer<typeof noticeSchema>;

export const noticePostingSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  step: z.enum(NOTICE_STEPS),
  startsOn: z.string(),
  endsOn: z.string(),
  isPosted: z.boolean(),
  households: z.number().int(),
}).openapi('NoticePosting');
export type NoticePosting = z.infer<typeof noticePostingSchema>;
