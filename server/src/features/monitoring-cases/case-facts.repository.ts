import type { Db } from '../../db/database.ts';

/** What risk elimination looks at in the registry: incomes, the latest basic-needs check, who can work. */
export async function findEliminationFacts(db: Db, householdId: number) {
  const [incomes, basicNeeds, ableToWork] = await Promise.all([
    db.selectFrom('incomes').select(['year', 'netIncomePerCapita', 'recordedAt']).where('householdId', '=', householdId).orderBy('year').execute(),
    db.selectFrom('basicNeedsChecks')
      .select(['checkedOn', 'food', 'clothing', 'compulsoryEducation', 'medicalInsurance', 'housingSafety', 'drinkingWaterSafety'])
      .where('householdId', '=', householdId).orderBy('checkedOn', 'desc').orderBy('createdAt', 'desc').limit(1).executeTakeFirst(),
    db.selectFrom('members').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('householdId', '=', householdId).where('movedOutOn', 'is', null).where('isDeceased', '=', 0)
      .where('laborCapacity', 'in', ['ordinary', 'skilled']).executeTakeFirst(),
  ]);
  return { incomes, basicNeeds, membersAbleToWork: Number(ableToWork?.n ?? 0) };
}
