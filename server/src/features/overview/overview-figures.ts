import { householdTypes, povertyCauses, povertyStatuses, type CodeList, type IncomeYardstick } from '@fupin/core';
import type { AmountRange } from './overview.repository.ts';
import type { ChildRegion, IncomeBucketKey, Overview } from './overview.schemas.ts';

/** Statuses whose people count as still poor in the incidence. */
export const STILL_POOR_STATUSES: readonly string[] = ['poor', 'relapsed'];

export interface HouseholdGroup {
  villageCode: string;
  povertyStatus: string;
  householdType: string;
  mainCause: string | null;
  households: number;
  people: number;
}

interface Tally { households: number; people: number; poorHouseholds: number; poorPeople: number }

const emptyTally = (): Tally => ({ households: 0, people: 0, poorHouseholds: 0, poorPeople: 0 });

function addToTally(tally: Tally, g: HouseholdGroup): void {
  tally.households += g.households;
  tally.people += g.people;
  if (STILL_POOR_STATUSES.includes(g.povertyStatus)) {
    tally.poorHouseholds += g.households;
    tally.poorPeople += g.people;
  }
}

/** poorPeople ÷ people, rounded to 4 decimals; null when there is nobody. */
export function computeIncidence(poorPeople: number, people: number): number | null {
  return people === 0 ? null : Math.round((poorPeople / people) * 10_000) / 10_000;
}

const withIncidence = (t: Tally) => ({ ...t, incidence: computeIncidence(t.poorPeople, t.people) });

/** Length of the codes one level below a region's code; a village is its own child. */
export function childCodeLength(regionCode: string): number {
  const next: Record<number, number> = { 0: 2, 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };
  return next[regionCode.length] ?? 12;
}

/** Counts per code in code-list order, followed by any code the list does not know (so totals add up). */
function countByCode<C extends string>(list: CodeList<C>, groups: readonly HouseholdGroup[], codeOf: (g: HouseholdGroup) => string) {
  const counts = new Map<string, { households: number; people: number }>(list.codes.map((c) => [c, { households: 0, people: 0 }]));
  for (const g of groups) {
    const entry = counts.get(codeOf(g)) ?? { households: 0, people: 0 };
    entry.households += g.households;
    entry.people += g.people;
    counts.set(codeOf(g), entry);
  }
  return [...counts].map(([code, c]) => ({ code, ...c }));
}

export function summarizeHouseholds(groups: readonly HouseholdGroup[]) {
  const totals = emptyTally();
  for (const g of groups) addToTally(totals, g);
  return {
    totals: withIncidence(totals),
    byStatus: countByCode(povertyStatuses, groups, (g) => g.povertyStatus).map(({ code, ...c }) => ({ povertyStatus: code, ...c })),
    byType: countByCode(householdTypes, groups, (g) => g.householdType).map(({ code, ...c }) => ({ householdType: code, ...c })),
  };
}

/** Incidence per child region: every known child (zero when empty), plus any code found only in the data. */
export function summarizeChildRegions(groups: readonly HouseholdGroup[], regionCode: string, children: readonly { code: string; name: string }[]): ChildRegion[] {
  const length = childCodeLength(regionCode);
  const tallies = new Map<string, Tally>(children.map((c) => [c.code, emptyTally()]));
  for (const g of groups) {
    const code = g.villageCode.slice(0, length);
    const tally = tallies.get(code) ?? emptyTally();
    addToTally(tally, g);
    tallies.set(code, tally);
  }
  const names = new Map(children.map((c) => [c.code, c.name]));
  return [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, tally]) => ({ code, name: names.get(code) ?? null, ...withIncidence(tally) }));
}

/** Main-cause counts from the groups; "any cause" adds the other causes (never the main one again, a registry rule). */
export function summarizeCauses(groups: readonly HouseholdGroup[], otherCauseGroups: readonly { otherCauses: string; households: number }[]): Overview['causes'] {
  const main = new Map<string, number>(povertyCauses.codes.map((c) => [c, 0]));
  const other = new Map<string, number>();
  let householdsWithoutCause = 0;
  for (const g of groups) {
    if (g.mainCause === null) householdsWithoutCause += g.households;
    else main.set(g.mainCause, (main.get(g.mainCause) ?? 0) + g.households);
  }
  for (const g of otherCauseGroups) {
    for (const cause of new Set(parseCauseList(g.otherCauses))) other.set(cause, (other.get(cause) ?? 0) + g.households);
  }
  for (const cause of other.keys()) if (!main.has(cause)) main.set(cause, 0);
  const items = [...main].map(([povertyCause, mainCount]) => ({ povertyCause, mainCause: mainCount, anyCause: mainCount + (other.get(povertyCause) ?? 0) }));
  return { items, householdsWithoutCause };
}

function parseCauseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Bucket edges as fractions of the yardstick: (lower, upper] × yardstick. */
const BUCKETS: readonly { key: IncomeBucketKey; above: [number, number] | null; upTo: [number, number] | null }[] = [
  { key: 'upTo0.8', above: null, upTo: [4, 5] },
  { key: '0.8to1', above: [4, 5], upTo: [1, 1] },
  { key: '1to1.5', above: [1, 1], upTo: [3, 2] },
  { key: '1.5to2', above: [3, 2], upTo: [2, 1] },
  { key: 'over2', above: [2, 1], upTo: null },
];

/** The per-capita ranges of the buckets for a yardstick, in whole fen. */
export function incomeBucketRanges(yardstick: IncomeYardstick): { key: IncomeBucketKey; range: AmountRange }[] {
  const fen = (f: [number, number] | null) => (f === null ? null : Math.round((yardstick.amount * f[0]) / f[1]));
  return BUCKETS.map((b) => ({ key: b.key, range: { above: fen(b.above), upTo: fen(b.upTo) } }));
}
