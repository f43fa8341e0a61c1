import { isPairingActive, periodsOverlap } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { assertWritableRegion, requirePermission, type Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { findCadreInScope } from '../cadres/cadres.repository.ts';
import { findRegionLevel, findTeamDays, findTeamMemberInScope, findTeamMembers, findWorkTeams, insertTeamMember, insertWorkTeam, upsertTeamDays } from './work-teams.repository.ts';
import type { WorkTeamInput, WorkTeamMemberInput, WorkTeamView } from './work-teams.schemas.ts';

export async function listWorkTeams(ctx: AppContext, actor: Actor, regionCode?: string, teamId?: string): Promise<WorkTeamView[]> {
  requirePermission(actor, 'registry:read');
  const teams = await findWorkTeams(ctx.db, actor, regionCode, teamId);
  const members = await findTeamMembers(ctx.db, teams.map((t) => t.id));
  const days = await findTeamDays(ctx.db, members.map((m) => m.id));
  return teams.map((t) => ({
    ...t,
    members: members.filter((m) => m.teamId === t.id).map((m) => {
      const own = days.filter((d) => d.memberId === m.id).map((d) => ({ month: d.month, days: d.days }));
      return { id: m.id, cadreId: m.cadreId, cadreName: m.cadreName, teamRole: m.teamRole, startDate: m.startDate, endDate: m.endDate, daysInVillage: own.reduce((s, d) => s + d.days, 0), days: own };
    }),
  }));
}

export async function createWorkTeam(ctx: AppContext, actor: Actor, input: WorkTeamInput): Promise<WorkTeamView> {
  requirePermission(actor, 'cadres:manage');
  assertWritableRegion(actor, input.villageCode);
  const village = await findRegionLevel(ctx.db, input.villageCode);
  if (village?.level !== 'village') throw new AppError('REGION_NOT_VILLAGE', `${input.villageCode} is not a village`, { field: 'villageCode' });
  if (input.endDate !== null && input.endDate < input.startDate) throw new AppError('VALIDATION_FAILED', 'the end date is before the start date', { field: 'endDate' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await insertWorkTeam(trx, { id, ...input, createdAt: at });
    await recordAudit(trx, actor, { action: 'create', entityType: 'workTeam', entityId: id, regionCode: input.villageCode, details: { ...input } }, at);
  });
  return requireTeam(ctx, actor, id);
}

/** Adds a cadre to a team; a team has one first secretary at a time. */
export async function addWorkTeamMember(ctx: AppContext, actor: Actor, teamId: string, input: WorkTeamMemberInput): Promise<WorkTeamView> {
  requirePermission(actor, 'cadres:manage');
  const team = await requireTeam(ctx, actor, teamId);
  if (!(await findCadreInScope(ctx.db, actor, input.cadreId))) throw new AppError('VALIDATION_FAILED', `no cadre ${input.cadreId} in your region`, { field: 'cadreId' });
  if (input.endDate !== null && input.endDate < input.startDate) throw new AppError('VALIDATION_FAILED', 'the end date is before the start date', { field: 'endDate' });
  const open = (p: { startDate: string; endDate: string | null }) => ({ startDate: p.startDate, endDate: p.endDate ?? '9999-12-31' });
  if (input.teamRole === 'firstSecretary' && team.members.some((m) => m.teamRole === 'firstSecretary' && periodsOverlap(open(m), open(input)))) {
    throw new AppError('VALIDATION_FAILED', 'the team already has a first secretary over these dates', { field: 'teamRole' });
  }
  if (team.members.some((m) => m.cadreId === input.cadreId && isPairingActive(m, input.startDate))) {
    throw new AppError('VALIDATION_FAILED', 'this cadre is already on the team', { field: 'cadreId' });
  }
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await insertTeamMember(trx, { id, teamId, villageCode: team.villageCode, ...input });
    await recordAudit(trx, actor, { action: 'addMember', entityType: 'workTeam', entityId: teamId, regionCode: team.villageCode, details: { memberId: id, ...input } }, at);
  });
  return requireTeam(ctx, actor, teamId);
}

/** Records a team member's days in the village for a month (replacing an earlier figure). */
export async function recordDaysInVillage(ctx: AppContext, actor: Actor, memberId: string, month: string, days: number): Promise<WorkTeamView> {
  requirePermission(actor, 'cadres:manage');
  const member = await findTeamMemberInScope(ctx.db, actor, memberId);
  if (!member) throw new AppError('OUT_OF_SCOPE', `team member ${memberId} not found in your region`);
  const [year, mon] = month.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year ?? 2000, mon ?? 1, 0)).getUTCDate();
  if (days > daysInMonth) throw new AppError('VALIDATION_FAILED', `${month} has ${daysInMonth} days`, { field: 'days' });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await upsertTeamDays(trx, { memberId, month, villageCode: member.villageCode, days });
    await recordAudit(trx, actor, { action: 'recordDays', entityType: 'workTeam', entityId: member.teamId, regionCode: member.villageCode, details: { memberId, month, days } }, at);
  });
  return requireTeam(ctx, actor, member.teamId);
}

async function requireTeam(ctx: AppContext, actor: Actor, teamId: string): Promise<WorkTeamView> {
  const [team] = await listWorkTeams(ctx, actor, undefined, teamId);
  if (!team) throw new AppError('OUT_OF_SCOPE', `work team ${teamId} not found in your region`);
  return team;
}
