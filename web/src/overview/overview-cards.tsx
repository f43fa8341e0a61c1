import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { NumbersTableView } from '../charts/numbers-table-view.tsx';
import { formatFen } from '../format/money.ts';
import { causesChartOption, incidenceChartOption, incomeChartOption, statusChartOption, typeChartOption } from './overview-charts.ts';
import { chartedRegions, type Overview, type OverviewText, yardstickName } from './overview-data.ts';
import { formatCount } from './overview-format.ts';
import { causesTable, incidenceTable, incomeTable, statusTable, typeTable } from './overview-tables.ts';
import { drillDownTarget } from './drill-down.ts';

export const CHART_HEIGHT = 300;

interface CardProps {
  data: Overview | undefined;
  text: OverviewText;
}

export function StatusCard({ data, text }: CardProps) {
  const option = useMemo(() => data && statusChartOption(data.byStatus, text), [data, text]);
  const title = text.t('overview.byStatus');
  return (
    <ChartCard title={title} height={CHART_HEIGHT} isLoading={!data}
      emptyText={data?.totals.households === 0 ? text.t('overview.noHouseholds') : undefined}
      chart={option && <LazyEChart option={option} height={CHART_HEIGHT} label={title} />}
      table={data && <NumbersTableView data={statusTable(data.byStatus, text)} />} />
  );
}

export function TypeCard({ data, text }: CardProps) {
  const option = useMemo(() => data && typeChartOption(data.byType, text), [data, text]);
  const title = text.t('overview.byType');
  return (
    <ChartCard title={title} height={CHART_HEIGHT} isLoading={!data}
      emptyText={data?.totals.households === 0 ? text.t('overview.noHouseholds') : undefined}
      chart={option && <LazyEChart option={option} height={CHART_HEIGHT} label={title} />}
      table={data && <NumbersTableView data={typeTable(data.byType, text)} />} />
  );
}

/** Incidence by child region; a bar (or the region's name in the table) drills down into it. */
export function IncidenceCard({ data, text, regionCode, scopeCode, onDrill }: CardProps & { regionCode: string; scopeCode: string; onDrill: (code: string) => void }) {
  const { t } = useTranslation();
  const regions = useMemo(() => chartedRegions(data?.incidence.regions ?? []), [data]);
  const drillTo = (code: string | undefined) => drillDownTarget(regionCode, code, scopeCode);
  const canDrill = regions.some((r) => drillTo(r.code) !== undefined);
  const option = useMemo(() => incidenceChartOption(regions, text, canDrill), [regions, text, canDrill]);
  const childLevel = data?.incidence.childLevel;
  const isVillage = data?.region.level === 'village';
  const title = isVillage ? t('overview.incidenceOfVillage')
    : t('overview.incidenceByChildren', { children: t(`overview.children.${childLevel ?? 'village'}`) });
  const hidden = (data?.incidence.regions.length ?? 0) - regions.length;
  const footer = (
    <>
      {canDrill && <span>{t('overview.drillHint')}</span>}
      {hidden > 0 && <span>{t('overview.hiddenRegions', { n: hidden })}</span>}
    </>
  );
  return (
    <ChartCard title={title} height={CHART_HEIGHT} isLoading={!data}
      emptyText={data && regions.length === 0 ? t('overview.emptyRegions') : undefined}
      footer={footer}
      chart={(
        <LazyEChart option={option} height={CHART_HEIGHT} label={title} onItemClick={(i) => {
          const target = drillTo(regions[i]?.code);
          if (target) onDrill(target);
        }} />
      )}
      table={(
        <NumbersTableView data={incidenceTable(regions, text, (code) => drillTo(code) !== undefined)} onDrill={onDrill}
          drillLabel={(name) => t('overview.drillInto', { name })} />
      )} />
  );
}

export function CausesCard({ data, text }: CardProps) {
  const option = useMemo(() => data && causesChartOption(data.causes.items, text), [data, text]);
  const title = text.t('overview.causes');
  const hasCauses = data ? data.causes.items.some((c) => c.anyCause > 0) : true;
  return (
    <ChartCard title={title} height={CHART_HEIGHT} isLoading={!data}
      emptyText={hasCauses ? undefined : text.t('overview.noHouseholds')}
      chart={option && <LazyEChart option={option} height={CHART_HEIGHT} label={title} />}
      table={data && <NumbersTableView data={causesTable(data.causes.items, text)} />} />
  );
}

/** Incomes against the year's line: how many households sit at or below it, and how far above the rest are. */
export function IncomeCard({ data, text }: CardProps) {
  const { t, language } = text;
  const incomes = data?.incomes;
  const option = useMemo(() => incomes && incomeChartOption(incomes, text), [incomes, text]);
  const title = incomes?.year ? t('overview.incomes', { year: incomes.year }) : t('overview.incomesNoYear');
  const yardstick = incomes?.yardstick;
  const footer = incomes && yardstick && incomes.households > 0 ? t('overview.incomeSummary', {
    n: formatCount(incomes.households, language), below: formatCount(incomes.atOrBelowYardstick, language),
    line: yardstickName(yardstick.kind, t), amount: formatFen(yardstick.amount, language),
  }) : '';
  return (
    <ChartCard title={title} height={CHART_HEIGHT} isLoading={!data} footer={footer}
      emptyText={incomes && incomes.households === 0 ? t('overview.noIncomes') : undefined}
      chart={option && <LazyEChart option={option} height={CHART_HEIGHT} label={title} />}
      table={incomes && <NumbersTableView data={incomeTable(incomes, text)} />} />
  );
}

