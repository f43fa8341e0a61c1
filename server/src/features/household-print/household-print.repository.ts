import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/** The households' own rows, in household-number order (the region filter applies here too). */
export function findPrintHouseholds(db: Db, actor: Actor, householdIds: readonly number[]) {
  return db.selectFrom('households').selectAll().where('households.id', 'in', [...householdIds])
    .where(inActorRegion(actor, 'households')).orderBy('households.householdNo').execute();
}

/** Current members, without the encrypted ID number: a print shows the masked form only. */
export function findPrintMembers(db: Db, actor: Actor, householdIds: readonly number[]) {
  return db.selectFrom('members').select([
    'members.id', 'members.householdId', 'members.name', 'members.idMasked', 'members.gender', 'members.birthDate', 'members.relationToHead',
    'members.ethnicity', 'members.education', 'members.schoolStatus', 'members.healthStatus', 'members.disabilityGrade', 'members.laborCapacity',
    'members.employmentKind', 'members.employedMonths', 'members.hasMedicalInsurance', 'members.hasPensionInsurance', 'members.receivesDibao',
    'members.receivesExtremePovertySupport', 'members.isDeceased',
  ]).where('members.householdId', 'in', [...householdIds]).where('members.movedOutOn', 'is', null)
    .where(inActorRegion(actor, 'members')).orderBy('members.birthDate').orderBy('members.id').execute();
}

export type PrintMember = Awaited<ReturnType<typeof findPrintMembers>>[number];

export function findPrintIncomes(db: Db, actor: Actor, householdIds: readonly number[]) {
  return db.selectFrom('incomes').select([
    'incomes.householdId', 'incomes.year', 'incomes.householdSize', 'incomes.wageIncome', 'incomes.businessIncome', 'incomes.businessCosts',
    'incomes.propertyIncome', 'incomes.transferIncome', 'incomes.netIncome', 'incomes.netIncomePerCapita',
  ]).where('incomes.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'incomes')).orderBy('incomes.year').execute();
}

export type PrintIncome = Awaited<ReturnType<typeof findPrintIncomes>>[number];

export function findPrintBasicNeedsChecks(db: Db, actor: Actor, householdIds: readonly number[]) {
  return db.selectFrom('basicNeedsChecks').selectAll().where('basicNeedsChecks.householdId', 'in', [...householdIds])
    .where(inActorRegion(actor, 'basicNeedsChecks')).orderBy('basicNeedsChecks.checkedOn', 'desc').execute();
}

/** Names of the village and the township and county above it. */
export async function findPlaceNames(db: Db, villageCodes: readonly string[]): Promise<Map<string, string>> {
  const codes = [...new Set(villageCodes.flatMap((v) => [v, v.slice(0, 9), v.slice(0, 6)]))];
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export function findRegion(db: Db, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
}

/** Assistance measures of these households, by start date. */
export function findPrintMeasures(db: Db, actor: Actor, householdIds: readonly number[]) {
  return db.selectFrom('assistanceMeasures').leftJoin('members', 'members.id', 'assistanceMeasures.memberId')
    .select([
      'assistanceMeasures.householdId', 'assistanceMeasures.measureType', 'assistanceMeasures.startDate', 'assistanceMeasures.endDate',
      'assistanceMeasures.amount', 'assistanceMeasures.inKind', 'assistanceMeasures.providerName', 'assistanceMeasures.status', 'members.name as memberName',
    ])
    .where('assistanceMeasures.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'assistanceMeasures'))
    .orderBy('assistanceMeasures.startDate').execute();
}

export type PrintMeasure = Awaited<ReturnType<typeof findPrintMeasures>>[number];

/** The cadres paired with these households on a date (a pairing ends only on its end date, not at exit). */
export function findPrintPairings(db: Db, actor: Actor, householdIds: readonly number[], onDate: string) {
  return db.selectFrom('pairings').innerJoin('cadres', 'cadres.id', 'pairings.cadreId')
    .select(['pairings.householdId', 'pairings.startDate', 'cadres.name', 'cadres.unit', 'cadres.position', 'cadres.phone'])
    .where('pairings.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'pairings'))
    .where('pairings.startDate', '<=', onDate)
    .where((eb) => eb.or([eb('pairings.endDate', 'is', null), eb('pairings.endDate', '>=', onDate)]))
    .orderBy('pairings.startDate').execute();
}

export type PrintPairing = Awaited<ReturnType<typeof findPrintPairings>>[number];
