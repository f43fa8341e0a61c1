import type { TFunction } from 'i18next';
import type { components } from '../api/schema.gen.ts';
import type { Language } from '../i18n/language.ts';

export type Overview = components['schemas']['Overview'];
export type ChildRegion = components['schemas']['OverviewChildRegion'];
export type IncomeDistribution = Overview['incomes'];
export type IncomeBucket = IncomeDistribution['buckets'][number];
export type RecentChange = Overview['recentChanges'][number];
export type RecentHousehold = Overview['recentHouseholds'][number];

/** What the chart and table builders need to say things in the chosen language. */
export interface OverviewText {
  t: TFunction;
  language: Language;
  label: (list: string, code: string | null | undefined) => string;
}

/** The same colours as the status tags of the household list: statuses that need attention stand out. */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  notPoor: '#8c8c8c', applicant: '#faad14', poor: '#f5222d', exited: '#52c41a', exitedNoPolicy: '#13c2c2', relapsed: '#fa541c',
};

/** The child regions worth charting: those with households (whole urban districts have none). */
export function chartedRegions(regions: readonly ChildRegion[]): ChildRegion[] {
  return regions.filter((r) => r.households > 0);
}

/** A child region's name, or its code when the name is unknown. */
export function regionName(region: Pick<ChildRegion, 'code' | 'name'>): string {
  return region.name ?? region.code;
}

/** Causes with any household, most frequent main cause first (ties keep the code-list order). */
export function rankedCauses(items: Overview['causes']['items']): Overview['causes']['items'] {
  return items.filter((c) => c.anyCause > 0).map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.mainCause - a.c.mainCause || a.i - b.i).map(({ c }) => c);
}

/** A bucket lies at or below the yardstick when its upper edge does not exceed it. */
export function isAtOrBelowYardstick(bucket: IncomeBucket, yardstickFen: number): boolean {
  return bucket.upTo !== null && bucket.upTo <= yardstickFen;
}

const BUCKET_KEYS = {
  'upTo0.8': 'overview.bucket.upTo08',
  '0.8to1': 'overview.bucket.from08to1',
  '1to1.5': 'overview.bucket.from1to15',
  '1.5to2': 'overview.bucket.from15to2',
  over2: 'overview.bucket.over2',
} as const satisfies Record<IncomeBucket['key'], string>;

export function bucketLabel(key: IncomeBucket['key'], t: TFunction): string {
  return t(BUCKET_KEYS[key]);
}

/** "监测线 ¥6,000.00" / "Poverty line ¥2,300.00". */
export function yardstickName(kind: NonNullable<IncomeDistribution['yardstick']>['kind'], t: TFunction): string {
  return kind === 'povertyLine' ? t('overview.povertyLine') : t('overview.monitoringThreshold');
}
