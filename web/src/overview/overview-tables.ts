import type { NumbersTableData } from '../charts/numbers-table.ts';
import { formatFen } from '../format/money.ts';
import { formatCount, formatPercent } from './overview-format.ts';
import { bucketLabel, type ChildRegion, type IncomeDistribution, type Overview, type OverviewText, rankedCauses, regionName } from './overview-data.ts';

/** Status table: every status of the code list, with households and people. */
export function statusTable(byStatus: Overview['byStatus'], text: OverviewText): NumbersTableData {
  const { t, language, label } = text;
  return {
    columns: [
      { key: 'status', title: t('overview.col.status') },
      { key: 'households', title: t('overview.col.households'), isNumeric: true },
      { key: 'people', title: t('overview.col.people'), isNumeric: true },
    ],
    rows: byStatus.map((s) => ({
      key: s.povertyStatus,
      cells: { status: label('povertyStatus', s.povertyStatus), households: formatCount(s.households, language), people: formatCount(s.people, language) },
    })),
  };
}

export function typeTable(byType: Overview['byType'], text: OverviewText): NumbersTableData {
  const { t, language, label } = text;
  return {
    columns: [
      { key: 'type', title: t('overview.col.type') },
      { key: 'households', title: t('overview.col.households'), isNumeric: true },
      { key: 'people', title: t('overview.col.people'), isNumeric: true },
    ],
    rows: byType.map((b) => ({
      key: b.householdType,
      cells: { type: label('householdType', b.householdType), households: formatCount(b.households, language), people: formatCount(b.people, language) },
    })),
  };
}

/** Incidence table: the figures behind each bar; rows offer the drill-down when `drillable`. */
export function incidenceTable(regions: readonly ChildRegion[], text: OverviewText, drillable: (code: string) => boolean): NumbersTableData {
  const { t, language } = text;
  return {
    columns: [
      { key: 'region', title: t('overview.col.region') },
      { key: 'households', title: t('overview.col.households'), isNumeric: true },
      { key: 'people', title: t('overview.col.people'), isNumeric: true },
      { key: 'poorPeople', title: t('overview.col.poorPeople'), isNumeric: true },
      { key: 'incidence', title: t('overview.col.incidence'), isNumeric: true },
    ],
    rows: regions.map((r) => ({
      key: r.code,
      drillCode: drillable(r.code) ? r.code : undefined,
      cells: {
        region: regionName(r), households: formatCount(r.households, language), people: formatCount(r.people, language),
        poorPeople: formatCount(r.poorPeople, language), incidence: formatPercent(r.incidence, language),
      },
    })),
  };
}

export function causesTable(items: Overview['causes']['items'], text: OverviewText): NumbersTableData {
  const { t, language, label } = text;
  return {
    columns: [
      { key: 'cause', title: t('overview.col.cause') },
      { key: 'mainCause', title: t('overview.mainCause'), isNumeric: true },
      { key: 'anyCause', title: t('overview.anyCause'), isNumeric: true },
    ],
    rows: rankedCauses(items).map((c) => ({
      key: c.povertyCause,
      cells: { cause: label('povertyCause', c.povertyCause), mainCause: formatCount(c.mainCause, language), anyCause: formatCount(c.anyCause, language) },
    })),
  };
}

/** "¥4,800.01 – ¥6,000.00": a bucket's per-capita range in yuan (its lower edge is exclusive). */
export function bucketRange(bucket: IncomeDistribution['buckets'][number], text: OverviewText): string {
  const { t, language } = text;
  if (bucket.above === null && bucket.upTo !== null) return t('overview.rangeUpTo', { amount: formatFen(bucket.upTo, language) });
  if (bucket.upTo === null && bucket.above !== null) return t('overview.rangeAbove', { amount: formatFen(bucket.above, language) });
  if (bucket.above !== null && bucket.upTo !== null) return `${formatFen(bucket.above + 1, language)} – ${formatFen(bucket.upTo, language)}`;
  return '—';
}

export function incomeTable(incomes: IncomeDistribution, text: OverviewText): NumbersTableData {
  const { t, language } = text;
  return {
    columns: [
      { key: 'bucket', title: t('overview.col.bucket') },
      { key: 'range', title: t('overview.col.range') },
      { key: 'households', title: t('overview.col.households'), isNumeric: true },
    ],
    rows: incomes.buckets.map((b) => ({
      key: b.key,
      cells: { bucket: bucketLabel(b.key, t), range: bucketRange(b, text), households: formatCount(b.households, language) },
    })),
  };
}
