import type { Transaction } from 'kysely';
import type { Actor } from '../../../access/actor.ts';
import { inActorRegion } from '../../../access/region-scope.repository.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import type { WorkTeamMemberTable, WorkTeamTable } from '../../../db/tables/assistance.tables.ts';

type Executor = Db | Transaction<Database>;

export function findWorkTeams(db: Executor, actor: Actor, regionCode?: string, teamId?: string) {
  let query = db.selectFrom('workTeams').leftJoin('regions', 'regions.code', 'workTeams.villageCode')
    .selectAll('workTeams').select('regions.name as villageName').where(inActorRegion(actor, 'workTeams', regionCode));
  if (teamId) query = query.where('workTeams.id', '=', teamId);
  return query.orderBy('workTeams.villageCode').orderBy('workTeams.startDate', 'desc').limit(1000).execute();
}

export function findTeamMembers(db: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('workTeamMembers').innerJoin('cadres', 'cadres.id', 'workTeamMembers.cadreId')
    .selectAll('workTeamMembers').select('cadres.name as cadreName').where('workTeamMembers.teamId', 'in', teamIds)
    .orderBy('workTeamMembers.startDate').execute();
}

export function findTeamDays(db: Executor, memberIds: readonly string[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('workTeamDays').selectAll().where('memberId', 'in', memberIds).orderBy('month').execute();
}

export function findTeamMemberInScope(db: Executor, actor: Actor, memberId: string) {
  return db.selectFrom('workTeamMembers').selectAll().where('workTeamMembers.id', '=', memberId).where(inActorRegion(actor, 'workTeamMembers')).executeTakeFirst();
}

export async function insertWorkTeam(trx: Transaction<Database>, row: WorkTeamTable): Promise<void> {
  await trx.insertInto('workTeams').values(row).execute();
}

export async function insertTeamMember(trx: Transaction<Database>, row: WorkTeamMemberTable): Promise<void> {
  await trx.insertInto('workTeamMembers').values(row).execute();
}

export async function upsertTeamDays(trx: Transaction<Database>, row: { memberId: string; month: string; villageCode: string; days: number }): Promise<void> {
  const existing = await trx.selectFrom('workTeamDays').select('days').where('memberId', '=', row.memberId).where('month', '=', row.month).executeTakeFirst();
  if (existing) await trx.updateTable('workTeamDays').set({ days: row.days }).where('memberId', '=', row.memberId).where('month', '=', row.month).execute();
  else await trx.insertInto('workTeamDays').values(row).execute();
}

export function findRegionLevel(db: Executor, code: string) {
  return db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirst();
}
