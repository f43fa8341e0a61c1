import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { EducationAidPaymentTable } from '../../db/tables/programmes.tables.ts';
import { MEMBER_FACT_COLUMNS } from '../evaluations/member-facts.ts';

type Executor = Db | Transaction<Database>;

/** School statuses of members who are studying (not preschool-age at home, not out of school). */
export const STUDYING = ['preschool', 'primary', 'juniorHigh', 'seniorHigh', 'vocational', 'higherVocational', 'undergraduate', 'postgraduate'] as const;

/** Households in the region with at least one current student, and every living current member of them. */
export async function findStudentHouseholds(db: Executor, actor: Actor, region?: string) {
  const households = await db.selectFrom('households')
    .select(['households.id', 'households.householdNo', 'households.villageCode', 'households.povertyStatus', 'households.householdType', 'households.yearExited'])
    .where(inActorRegion(actor, 'households', region))
    .where((eb) => eb.exists(eb.selectFrom('members').select('members.id')
      .whereRef('members.householdId', '=', 'households.id').where('members.movedOutOn', 'is', null).where('members.isDeceased', '=', 0)
      .where('members.schoolStatus', 'in', [...STUDYING])))
    .orderBy('households.villageCode').orderBy('households.householdNo').execute();
  const members = await db.selectFrom('members')
    .select([...MEMBER_FACT_COLUMNS, 'householdId', 'idMasked'])
    .where(inActorRegion(actor, 'members', region))
    .where('movedOutOn', 'is', null).where('isDeceased', '=', 0)
    .where((eb) => eb.exists(eb.selectFrom('members as s').select('s.id')
      .whereRef('s.householdId', '=', 'members.householdId').where('s.movedOutOn', 'is', null).where('s.isDeceased', '=', 0).where('s.schoolStatus', 'in', [...STUDYING])))
    .orderBy('householdId').orderBy('id').execute();
  return { households, members };
}

export function findPayments(db: Executor, actor: Actor, filter: { region?: string; year?: number; memberId?: number }) {
  let q = db.selectFrom('educationAidPayments')
    .innerJoin('members', 'members.id', 'educationAidPayments.memberId')
    .innerJoin('households', 'households.id', 'educationAidPayments.householdId')
    .selectAll('educationAidPayments').select(['members.name as memberName', 'members.idMasked', 'households.householdNo'])
    .where(inActorRegion(actor, 'educationAidPayments', filter.region));
  if (filter.year !== undefined) q = q.where('educationAidPayments.schoolYear', '=', filter.year);
  if (filter.memberId !== undefined) q = q.where('educationAidPayments.memberId', '=', filter.memberId);
  return q.orderBy('educationAidPayments.villageCode').orderBy('households.householdNo').orderBy('educationAidPayments.paidOn').limit(10_000).execute();
}

export function findPaymentOf(db: Executor, memberId: number, schoolYear: number, item: string) {
  return db.selectFrom('educationAidPayments').select(['id', 'paidOn', 'amount'])
    .where('memberId', '=', memberId).where('schoolYear', '=', schoolYear).where('item', '=', item).executeTakeFirst();
}

export function insertPayment(trx: Transaction<Database>, row: Insertable<EducationAidPaymentTable>) {
  return trx.insertInto('educationAidPayments').values(row).execute();
}
