/**
 * The schematic village map: the database has no coordinates, so villages are drawn as tiles
 * grouped by township, in region-code order, each coloured by one count.
 */

/** What the map reads per village from `GET /monitoring/villages` (only villages with anything open). */
export interface VillageAggregate {
  villageCode: string;
  villageName: string | null;
  townshipCode: string;
  alertsOpen: number;
  alertsUnattached: number;
  casesOpen: number;
  casesByState: { alerted: number; verifying: number; included: number; assisting: number };
  overdue: number;
}

export const TILE_METRICS = ['alertsUnattached', 'alertsOpen', 'casesOpen', 'overdue'] as const;
export type TileMetric = (typeof TILE_METRICS)[number];

/** Colour per level: 0 is "nothing", 1–5 rise from pale yellow to deep red. */
export const TILE_COLORS = ['#f5f5f5', '#fff1b8', '#ffd591', '#ffa940', '#f5222d', '#a8071a'] as const;
const LEVELS = TILE_COLORS.length - 1;

export interface RegionRef { code: string; name: string | null }

export interface VillageTile {
  code: string;
  name: string;
  value: number;
  level: number;
  /** The village's counts, or null when nothing is open there. */
  counts: VillageAggregate | null;
}

export interface TownshipGroup {
  code: string;
  name: string;
  total: number;
  tiles: VillageTile[];
}

export interface LegendStep { level: number; from: number; to: number }

/** The level (0–5) of a value on a scale up to `max`: 0 only for nothing, so one alert always shows. */
export function tileLevel(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((value / max) * LEVELS)));
}

/** The value ranges of the levels for the legend; levels no whole number falls into are left out. */
export function legendSteps(max: number): LegendStep[] {
  const steps: LegendStep[] = [{ level: 0, from: 0, to: 0 }];
  if (max <= 0) return steps;
  let from = 1;
  for (let level = 1; level <= LEVELS; level += 1) {
    let to = from - 1;
    while (to + 1 <= max && tileLevel(to + 1, max) === level) to += 1;
    if (to >= from) {
      steps.push({ level, from, to });
      from = to + 1;
    }
  }
  return steps;
}

const townshipOf = (villageCode: string) => villageCode.slice(0, 9);

/**
 * Every village of the scope as a tile (those without anything open at 0), grouped by township;
 * villages only the counts know (not yet in the loaded region tree) are still drawn.
 */
export function groupVillageTiles(
  villages: readonly RegionRef[],
  aggregates: readonly VillageAggregate[],
  townshipNames: ReadonlyMap<string, string>,
  metric: TileMetric,
): TownshipGroup[] {
  const byCode = new Map(aggregates.map((a) => [a.villageCode, a]));
  const names = new Map<string, string>();
  for (const v of villages) names.set(v.code, v.name ?? v.code);
  for (const a of aggregates) if (!names.has(a.villageCode)) names.set(a.villageCode, a.villageName ?? a.villageCode);
  const max = Math.max(0, ...aggregates.map((a) => a[metric]));
  const groups = new Map<string, TownshipGroup>();
  for (const code of [...names.keys()].sort()) {
    const counts = byCode.get(code) ?? null;
    const township = counts?.townshipCode ?? townshipOf(code);
    let group = groups.get(township);
    if (!group) {
      group = { code: township, name: townshipNames.get(township) ?? township, total: 0, tiles: [] };
      groups.set(township, group);
    }
    const value = counts ? counts[metric] : 0;
    group.total += value;
    group.tiles.push({ code, name: names.get(code) ?? code, value, level: tileLevel(value, max), counts });
  }
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
}
