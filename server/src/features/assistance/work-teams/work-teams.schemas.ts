import { z } from '@hono/zod-openapi';
import { workTeamRoles } from '@fupin/core';
import { codeEnum, isoDateSchema } from '../../households/code-schemas.ts';

export const workTeamInputSchema = z.object({
  villageCode: z.string().regex(/^\d{12}$/, 'expected a 12-digit village code'),
  dispatchingUnit: z.string().trim().min(1).max(100).openapi({ description: 'The unit that sent the team (派出单位)' }),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
}).openapi('WorkTeamInput');

export const workTeamMemberInputSchema = z.object({
  cadreId: z.string().min(1).max(64),
  teamRole: codeEnum(workTeamRoles),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
}).openapi('WorkTeamMemberInput');

export const workTeamDaysInputSchema = z.object({
  days: z.number().int().min(0).max(31),
}).openapi('WorkTeamDaysInput');

export const workTeamMemberSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  teamRole: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  daysInVillage: z.number().int().openapi({ description: 'Days in the village recorded over the whole stay' }),
  days: z.array(z.object({ month: z.string(), days: z.number().int() })),
}).openapi('WorkTeamMember');

export const workTeamSchema = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  dispatchingUnit: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  members: z.array(workTeamMemberSchema),
}).openapi('WorkTeam');

export type WorkTeamInput = z.infer<typeof workTeamInputSchema>;
export type WorkTeamMemberInput = z.infer<typeof workTeamMemberInputSchema>;
export type WorkTeamView = z.infer<typeof workTeamSchema>;

export const teamIdParam = z.object({ teamId: z.string().min(1).max(64).openapi({ param: { name: 'teamId', in: 'path' } }) });
export const memberMonthParam = z.object({
  memberId: z.string().min(1).max(64).openapi({ param: { name: 'memberId', in: 'path' } }),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM').openapi({ param: { name: 'month', in: 'path' }, example: '2024-05' }),
});
export const workTeamListQuerySchema = z.object({ regionCode: z.string().regex(/^\d{2,12}$/).optional() });
