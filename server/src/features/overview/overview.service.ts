import { isWithinRegion, nationalIncomeYardstick, regionLevelOf } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { type AppContext, yearInChina } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { incomeBucketRanges, summarizeCauses, summarizeChildRegions, summarizeHouseholds } from './overview-figures.ts';
import {
  countHouseholdGroups, countIncomesInRange, countOtherCauseGroups, findChildRegionRows, findHouseholdNumbers, findLatestIncomeYear,
  findRecentChanges, findRecentHouseholds, findRegionNames, findRegionRow,
} from './overview.repository.ts';
import { POPULATION_NOTE, type IncomeDistribution, type Overview, type OverviewQuery } from './overview.schemas.ts';

/** The first year incomes are recorded for (the registry starts in 2013). */
const FIRST_INCOME_YEAR = 2013;
const RECENT_LIMIT = 20;
const RECENT_REGISTRATION_DAYS = 90;

type RegionLevel = NonNullable<Overview['region']['level']>;

async function describeIncomes(db: Db, actor: Actor, regionCode: string, year: number | null): Promise<IncomeDistribution> {
  const yardstick = year === null ? undefined : nationalIncomeYardstick(year);
  if (year === null || !yardstick) return { year, yardstick: null, households: 0, atOrBelowYardstick: 0, buckets: [] };
  const ranges = incomeBucketRanges(yardstick);
  const counts = await Promise.all(ranges.map((b) => countIncomesInRange(db, actor, regionCode, year, b.range)));
  const buckets = ranges.map((b, i) => ({ key: b.key, ...b.range, households: counts[i] ?? 0 }));
  const atOrBelow = buckets.filter((b) => b.upTo !== null && b.upTo <= yardstick.amount).reduce((sum, b) => sum + b.households, 0);
  return {
    year,
    yardstick: { kind: yardstick.kind, amount: yardstick.amount, sourceYear: yardstick.sourceYear },
    households: buckets.reduce((sum, b) => sum + b.households, 0),
    atOrBelowYardstick: atOrBelow,
    buckets,
  };
}

async function listRecentChanges(db: Db, actor: Actor, regionCode: string) {
  const changes = await findRecentChanges(db, actor, regionCode, RECENT_LIMIT);
  const numbers = await findHouseholdNumbers(db, actor, changes.map((c) => c.householdId));
  return changes.map((c) => ({ ...c, seq: Number(c.seq), householdNo: numbers.get(c.householdId) ?? null }));
}

async function listRecentHouseholds(ctx: AppContext, actor: Actor, regionCode: string) {
  const now = ctx.now();
  const since = new Date(now.getTime() - RECENT_REGISTRATION_DAYS * 86_400_000).toISOString();
  const rows = await findRecentHouseholds(ctx.db, actor, regionCode, since, now.toISOString(), RECENT_LIMIT);
  const names = await findRegionNames(ctx.db, rows.map((r) => r.villageCode));
  return rows.map((r) => ({ ...r, villageName: names.get(r.villageCode) ?? null }));
}

async function describeRegion(db: Db, actor: Actor, regionCode: string) {
  const readable = isWithinRegion(actor.regionCode, regionCode);
  const [row, children] = readable
    ? await Promise.all([findRegionRow(db, regionCode), regionCode.length === 12 ? [] : findChildRegionRows(db, regionCode)])
    : [undefined, []];
  const level = (row?.level ?? regionLevelOf(regionCode) ?? null) as RegionLevel | null;
  const region = { code: regionCode, name: row?.name ?? null, level };
  // A village is its own (only) child, so drilling down ends on it.
  const childRows = regionCode.length === 12 ? (row ? [row] : []) : children;
  const childLevel = (childRows[0]?.level ?? (regionCode.length === 12 ? level : null)) as RegionLevel | null;
  return { region, children: childRows, childLevel };
}

/**
 * What the home page shows about a region: counts by status and type, poverty incidence by the
 * regions one level down, causes, incomes against the year's yardstick, and recent activity.
 * Every figure is counted exactly, from indexes, inside the actor's region.
 */
export async function getOverview(ctx: AppContext, actor: Actor, query: OverviewQuery): Promise<Overview> {
  requirePermission(actor, 'registry:read');
  const db = ctx.db;
  const regionCode = query.regionCode ?? actor.regionCode;
  const currentYear = yearInChina(ctx.now());
  const [groups, otherCauseGroups, place, year] = await Promise.all([
    countHouseholdGroups(db, actor, regionCode),
    countOtherCauseGroups(db, actor, regionCode),
    describeRegion(db, actor, regionCode),
    query.year ?? findLatestIncomeYear(db, actor, regionCode, FIRST_INCOME_YEAR, Math.max(currentYear, FIRST_INCOME_YEAR)),
  ]);
  const [incomes, recentChanges, recentHouseholds] = await Promise.all([
    describeIncomes(db, actor, regionCode, year),
    listRecentChanges(db, actor, regionCode),
    listRecentHouseholds(ctx, actor, regionCode),
  ]);
  const { totals, byStatus, byType } = summarizeHouseholds(groups);
  return {
    region: place.region,
    totals,
    byStatus,
    byType,
    incidence: {
      populationBasis: 'registry',
      note: POPULATION_NOTE,
      childLevel: place.childLevel,
      regions: summarizeChildRegions(groups, regionCode, place.children),
    },
    causes: summarizeCauses(groups, otherCauseGroups),
    incomes,
    recentChanges,
    recentHouseholds,
  };
}
