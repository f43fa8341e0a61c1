import { sql, type Insertable, type Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { MemberJobTable, PublicWelfarePostTable, TrainingRecordTable } from '../../db/tables/programmes.tables.ts';

type Executor = Db | Transaction<Database>;

const memberLabel = ['members.name as memberName', 'members.idMasked', 'households.householdNo'] as const;

export function insertJob(trx: Transaction<Database>, row: Insertable<MemberJobTable>) {
  return trx.insertInto('memberJobs').values(row).execute();
}

export function findJobs(db: Executor, actor: Actor, filter: { region?: string; year?: number; householdId?: number }) {
  let q = db.selectFrom('memberJobs')
    .innerJoin('members', 'members.id', 'memberJobs.memberId')
    .innerJoin('households', 'households.id', 'memberJobs.householdId')
    .selectAll('memberJobs').select(memberLabel)
    .where(inActorRegion(actor, 'memberJobs', filter.region));
  if (filter.year !== undefined) q = q.where('memberJobs.year', '=', filter.year);
  if (filter.householdId !== undefined) q = q.where('memberJobs.householdId', '=', filter.householdId);
  return q.orderBy('memberJobs.villageCode').orderBy('households.householdNo').orderBy('memberJobs.year', 'desc').limit(5000).execute();
}

export function insertPost(trx: Transaction<Database>, row: Insertable<PublicWelfarePostTable>) {
  return trx.insertInto('publicWelfarePosts').values(row).execute();
}

export function findPosts(db: Executor, actor: Actor, filter: { region?: string; year?: number; householdId?: number }) {
  let q = db.selectFrom('publicWelfarePosts')
    .innerJoin('members', 'members.id', 'publicWelfarePosts.memberId')
    .innerJoin('households', 'households.id', 'publicWelfarePosts.householdId')
    .selectAll('publicWelfarePosts').select(memberLabel)
    .where(inActorRegion(actor, 'publicWelfarePosts', filter.region));
  if (filter.year !== undefined) {
    q = q.where('publicWelfarePosts.startedOn', '<=', `${filter.year}-12-31`)
      .where((eb) => eb.or([eb('publicWelfarePosts.endedOn', 'is', null), eb('publicWelfarePosts.endedOn', '>=', `${filter.year}-01-01`)]));
  }
  if (filter.householdId !== undefined) q = q.where('publicWelfarePosts.householdId', '=', filter.householdId);
  return q.orderBy('publicWelfarePosts.villageCode').orderBy('households.householdNo').limit(5000).execute();
}

export function findPostsOfMember(db: Executor, memberId: number) {
  return db.selectFrom('publicWelfarePosts').selectAll().where('memberId', '=', memberId).execute();
}

export function findPostInScope(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('publicWelfarePosts').selectAll().where('id', '=', id).where(inActorRegion(actor, 'publicWelfarePosts')).executeTakeFirst();
}

export function endPost(trx: Transaction<Database>, id: string, endedOn: string, at: string) {
  return trx.updateTable('publicWelfarePosts').set({ endedOn, updatedAt: at }).where('id', '=', id).execute();
}

export function insertTraining(trx: Transaction<Database>, row: Insertable<TrainingRecordTable>) {
  return trx.insertInto('trainingRecords').values(row).execute();
}

export function findTrainingOfMember(db: Executor, memberId: number) {
  return db.selectFrom('trainingRecords').selectAll().where('memberId', '=', memberId).execute();
}

export function findTraining(db: Executor, actor: Actor, filter: { region?: string; year?: number; householdId?: number }) {
  let q = db.selectFrom('trainingRecords')
    .innerJoin('members', 'members.id', 'trainingRecords.memberId')
    .innerJoin('households', 'households.id', 'trainingRecords.householdId')
    .selectAll('trainingRecords').select(memberLabel)
    .where(inActorRegion(actor, 'trainingRecords', filter.region));
  if (filter.year !== undefined) q = q.where('trainingRecords.startedOn', '>=', `${filter.year}-01-01`).where('trainingRecords.startedOn', '<=', `${filter.year}-12-31`);
  if (filter.householdId !== undefined) q = q.where('trainingRecords.householdId', '=', filter.householdId);
  return q.orderBy('trainingRecords.startedOn', 'desc').limit(5000).execute();
}

/**
 * Current, living members of households the programmes serve, narrowed in SQL to those who might
 * be in the labour force (capacity, not studying, born within the bounds); core decides.
 */
export function findLabourCandidates(db: Executor, actor: Actor, filter: { region?: string; statuses: readonly string[]; bornFrom: string; bornTo: string; householdId?: number }) {
  let q = db.selectFrom('members')
    .innerJoin('households', 'households.id', 'members.householdId')
    .select([
      'members.id', 'members.householdId', 'members.villageCode', 'members.birthDate', 'members.laborCapacity', 'members.schoolStatus',
      'members.isDeceased', 'members.movedOutOn', ...memberLabel,
    ])
    .where(inActorRegion(actor, 'members', filter.region))
    .where('members.movedOutOn', 'is', null)
    .where('members.isDeceased', '=', 0)
    .where('households.povertyStatus', 'in', [...filter.statuses])
    .where('members.laborCapacity', 'in', ['ordinary', 'skilled'])
    .where('members.birthDate', '>=', filter.bornFrom)
    .where('members.birthDate', '<=', filter.bornTo);
  if (filter.householdId !== undefined) q = q.where('members.householdId', '=', filter.householdId);
  return q.orderBy('members.villageCode').orderBy('households.householdNo').orderBy('members.id').execute();
}

/** Months and income per member in a year, from jobs, public welfare posts and workshop spells. */
export async function findWorkByMember(db: Executor, actor: Actor, year: number, region?: string) {
  const jobs = await db.selectFrom('memberJobs')
    .select(['memberId', sql<number>`sum(months)`.as('months'), sql<number>`sum(income)`.as('income')])
    .where(inActorRegion(actor, 'memberJobs', region)).where('year', '=', year)
    .groupBy('memberId').execute();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const posts = await db.selectFrom('publicWelfarePosts').select(['memberId', 'startedOn', 'endedOn', 'monthlyAllowance'])
    .where(inActorRegion(actor, 'publicWelfarePosts', region)).where('startedOn', '<=', to)
    .where((eb) => eb.or([eb('endedOn', 'is', null), eb('endedOn', '>=', from)])).execute();
  const spells = await db.selectFrom('assistanceWorkshopWorkers').select(['memberId', 'villageCode', 'startedOn', 'endedOn', 'monthlyWage'])
    .where(inActorRegion(actor, 'assistanceWorkshopWorkers', region)).where('startedOn', '<=', to)
    .where((eb) => eb.or([eb('endedOn', 'is', null), eb('endedOn', '>=', from)])).execute();
  return { jobs: jobs.map((j) => ({ memberId: j.memberId, months: Number(j.months), income: Number(j.income) })), posts, spells };
}
