import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, InputNumber, Row, Space, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { formatRate } from '../policy/policy-format.ts';
import { afCatalogueQuery, computeMultidimensional, type AfIndicatorOption, type MultidimensionalResult } from './indicators.api.ts';
import { contributionChart } from './indicators-charts.ts';

type IndicatorRow = MultidimensionalResult['result']['indicators'][number];
interface Choice { key: string; isOn: boolean; percent: number }

/** Alkire–Foster with a spec the user chooses: which indicators, their weights and k; H, A, M0 and contributions. */
export function MultidimensionalCard({ regionCode, year, line }: { regionCode: string; year: number; line: number | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const catalogue = useQuery(afCatalogueQuery());
  const [choices, setChoices] = useState<Choice[]>([]);
  const [kPercent, setKPercent] = useState(33.34);
  const compute = useMutation({ mutationFn: computeMultidimensional });
  useEffect(() => {
    if (catalogue.data && choices.length === 0) {
      setChoices(catalogue.data.indicators.map((i) => ({ key: i.key, isOn: i.weight > 0, percent: Number((i.weight * 100).toFixed(2)) })));
      setKPercent(Number((catalogue.data.k * 100).toFixed(2)));
    }
  }, [catalogue.data, choices.length]);
  const byKey = new Map<string, AfIndicatorOption>((catalogue.data?.indicators ?? []).map((i) => [i.key, i]));
  const labelOf = (key: string) => { const i = byKey.get(key); return i ? (language === 'zh-CN' ? i.zh : i.en) : key; };
  const chosen = choices.filter((c) => c.isOn);
  const sum = chosen.reduce((s, c) => s + c.percent, 0);
  const run = () => compute.mutate({ regionCode, year, ...(line === undefined ? {} : { line }), k: kPercent / 100, indicators: chosen.map((c) => ({ key: c.key, weight: c.percent / 100 })) });
  const result = compute.data?.result;
  return (
    <Card size="small" title={<h2 className="chart-card__title">{t('indicators.af')}</h2>}>
      <fieldset className="af-spec">
        <legend>{t('indicators.afIndicators')}</legend>
        {choices.map((c, i) => (
          <Space key={c.key} className="af-spec__row">
            <Checkbox checked={c.isOn} onChange={(e) => setChoices(choices.map((x, j) => (j === i ? { ...x, isOn: e.target.checked } : x)))}>{labelOf(c.key)}</Checkbox>
            <InputNumber aria-label={`${labelOf(c.key)} %`} size="small" min={0} max={100} value={c.percent} disabled={!c.isOn} suffix="%"
              onChange={(v) => setChoices(choices.map((x, j) => (j === i ? { ...x, percent: v ?? 0 } : x)))} />
          </Space>
        ))}
        <p className={Math.abs(sum - 100) > 0.01 ? 'af-spec__sum af-spec__sum--bad' : 'af-spec__sum'}>{t('indicators.weightSum', { sum: `${Number(sum.toFixed(2))}%` })}</p>
        <Space>
          <label>{t('indicators.k')} <InputNumber aria-label={t('indicators.k')} min={1} max={100} value={kPercent} suffix="%" onChange={(v) => setKPercent(v ?? 0)} /></label>
          <Button type="primary" onClick={run} loading={compute.isPending}>{t('indicators.compute')}</Button>
        </Space>
      </fieldset>
      {compute.isError && <Alert type="error" showIcon message={problemMessage(compute.error, t, language)} />}
      {result && (
        <>
          <Row gutter={12} className="af-result">
            <Col xs={8}><Statistic title={t('indicators.h')} value={formatRate(result.headcount)} /></Col>
            <Col xs={8}><Statistic title={t('indicators.a')} value={formatRate(result.intensity)} /></Col>
            <Col xs={8}><Statistic title={t('indicators.m0')} value={result.adjustedHeadcount.toFixed(4)} /></Col>
          </Row>
          <h3 className="af-result__title">{t('indicators.contribution')}</h3>
          <LazyEChart height={40 + 32 * result.indicators.length} label={t('indicators.contribution')} option={contributionChart(result.indicators.map((i) => ({ label: labelOf(i.key), contribution: i.contribution })))} />
          <Table<IndicatorRow> size="small" pagination={false} rowKey="key" dataSource={result.indicators} columns={[
            { key: 'k', title: t('indicators.afIndicators'), render: (_: unknown, i: IndicatorRow) => labelOf(i.key) },
            { key: 'u', title: 'h', render: (_: unknown, i: IndicatorRow) => formatRate(i.uncensoredHeadcount) },
            { key: 'c', title: 'h(k)', render: (_: unknown, i: IndicatorRow) => formatRate(i.censoredHeadcount) },
            { key: 's', title: t('indicators.contribution'), render: (_: unknown, i: IndicatorRow) => formatRate(i.contribution) },
          ]} />
        </>
      )}
    </Card>
  );
}
