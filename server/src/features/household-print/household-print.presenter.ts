import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import type { BasicNeedsCheckRow, HouseholdRow } from '../../db/schema.ts';
import {
  findPlaceNames, findPrintBasicNeedsChecks, findPrintHouseholds, findPrintIncomes, findPrintMeasures, findPrintMembers, findPrintPairings,
  type PrintIncome, type PrintMeasure, type PrintMember, type PrintPairing,
} from './household-print.repository.ts';

/** Everything one household's handbook or card shows. */
export interface PrintDossier {
  household: HouseholdRow;
  /** County, township and village names. */
  place: { county: string; township: string; village: string };
  /** Head first, then by date of birth. */
  members: PrintMember[];
  /** Oldest year first. */
  incomes: PrintIncome[];
  /** Latest first. */
  checks: BasicNeedsCheckRow[];
  /** By start date. */
  measures: PrintMeasure[];
  /** The cadres paired with the household on the day of printing. */
  pairings: PrintPairing[];
}

function groupBy<T extends { householdId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.householdId) ?? [];
    list.push(row);
    groups.set(row.householdId, list);
  }
  return groups;
}

function headFirst(members: readonly PrintMember[]): PrintMember[] {
  return [...members.filter((m) => m.relationToHead === 'self'), ...members.filter((m) => m.relationToHead !== 'self')];
}

/** The dossiers of these households (in the actor's region), in household-number order; a handful of queries for the whole batch. */
export async function loadPrintDossiers(db: Db, actor: Actor, householdIds: readonly number[], onDate: string): Promise<PrintDossier[]> {
  if (householdIds.length === 0) return [];
  const [households, members, incomes, checks, measures, pairings] = await Promise.all([
    findPrintHouseholds(db, actor, householdIds), findPrintMembers(db, actor, householdIds),
    findPrintIncomes(db, actor, householdIds), findPrintBasicNeedsChecks(db, actor, householdIds),
    findPrintMeasures(db, actor, householdIds), findPrintPairings(db, actor, householdIds, onDate),
  ]);
  const names = await findPlaceNames(db, households.map((h) => h.villageCode));
  const membersOf = groupBy(members);
  const incomesOf = groupBy(incomes);
  const checksOf = groupBy(checks);
  const measuresOf = groupBy(measures);
  const pairingsOf = groupBy(pairings);
  return households.map((household) => ({
    household,
    place: {
      county: names.get(household.villageCode.slice(0, 6)) ?? '',
      township: names.get(household.villageCode.slice(0, 9)) ?? '',
      village: names.get(household.villageCode) ?? household.villageCode,
    },
    members: headFirst(membersOf.get(household.id) ?? []),
    incomes: incomesOf.get(household.id) ?? [],
    checks: checksOf.get(household.id) ?? [],
    measures: measuresOf.get(household.id) ?? [],
    pairings: pairingsOf.get(household.id) ?? [],
  }));
}
