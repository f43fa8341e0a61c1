import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Col, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { exerciseQuery, type FindingInput, type QualityRate, recordFinding, SAMPLING_KEY, type SampledHousehold } from './sampling.api.ts';
import { useStratumLabel } from './stratum-label.ts';
import './sampling.css';

const RATES = ['wrongExitRate', 'missedRate', 'compositeIncidence', 'approvalRate'] as const;
type YesNo = 'yes' | 'no' | 'unknown';
const toYesNo = (v: boolean | null): YesNo => (v === null ? 'unknown' : v ? 'yes' : 'no');
const fromYesNo = (v: YesNo): boolean | null => (v === 'unknown' ? null : v === 'yes');

function RateCard({ name, rate }: { name: string; rate: QualityRate }) {
  const { t } = useTranslation();
  const tag = rate.passes === null ? <Tag>{t('sampling.rates.open')}</Tag> : rate.passes ? <Tag color="green">{t('sampling.rates.pass')}</Tag> : <Tag color="red">{t('sampling.rates.fail')}</Tag>;
  return (
    <Card size="small">
      <Statistic title={<span>{name} {tag}</span>} value={rate.percent === null ? '—' : rate.percent.toFixed(2)} suffix={rate.percent === null ? undefined : '%'} />
      <div className="sampling-rate__reason">{`${rate.numerator}/${rate.denominator} · ${t(rate.comparison === 'below' ? 'sampling.rates.below' : 'sampling.rates.atLeast', { threshold: rate.threshold })}`}</div>
    </Card>
  );
}

/** One exercise: the three rates and one degree with pass/fail, the draw per stratum, and the findings per household. */
export default function ExercisePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const stratumLabel = useStratumLabel();
  const canRecord = useCurrentUser().permissions.includes('inspection:write');
  const exercise = useQuery(exerciseQuery(id));
  const save = useMutation({
    mutationFn: ({ household, change }: { household: SampledHousehold; change: Partial<FindingInput> }) => recordFinding(id, household.householdId, {
      isWronglyExited: household.isWronglyExited, isMissed: household.isMissed, approves: household.approves, note: household.note, ...change,
    }),
    onSuccess: (updated) => queryClient.setQueryData(exerciseQuery(id).queryKey, updated),
    onError: (e) => void message.error(problemMessage(e, t, language)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: [...SAMPLING_KEY, 'list'] }),
  });
  if (exercise.isPending) return <PageLoading />;
  if (exercise.isError) return <LoadFailed title={t('sampling.loadFailed')} error={exercise.error} onRetry={() => void exercise.refetch()} />;
  const e = exercise.data;
  const yesNo = (h: SampledHousehold, field: 'isWronglyExited' | 'isMissed' | 'approves', label: string) => (
    <Select<YesNo> aria-label={`${label} ${h.headName}`} size="small" value={toYesNo(h[field])} disabled={!canRecord || save.isPending} className="sampling-select"
      onChange={(v) => save.mutate({ household: h, change: { [field]: fromYesNo(v) } })}
      options={[{ value: 'unknown', label: '—' }, { value: 'yes', label: t('sampling.yes') }, { value: 'no', label: t('sampling.no') }]} />
  );
  return (
    <section className="page" aria-labelledby="exercise-title">
      <div className="page__header">
        <Typography.Title level={1} id="exercise-title" className="page__title">{t('sampling.exercise.title', { region: e.regionName ?? e.regionCode, year: e.year })}</Typography.Title>
      </div>
      <Alert className="sampling-verdict" showIcon type={e.passes === null ? 'info' : e.passes ? 'success' : 'error'}
        message={e.passes === null ? t('sampling.verdict.open', { recorded: e.recorded, total: e.households.length }) : e.passes ? t('sampling.verdict.pass') : t('sampling.verdict.fail')}
        description={<ul className="procedure-reasons">{e.reasons.map((r) => <li key={r}>{r}</li>)}</ul>} />
      <Row gutter={[12, 12]} className="sampling-rates">
        {RATES.map((r) => <Col xs={12} md={6} key={r}><RateCard name={t(`sampling.rates.${r}`)} rate={e.rates[r]} /></Col>)}
      </Row>
      <Typography.Paragraph>
        {t('sampling.exercise.draw', { seed: e.seed, size: e.sampleSize })}{' '}
        {e.strata.map((s) => t('sampling.exercise.stratum', { stratum: stratumLabel(s.stratum), drawn: s.drawn, target: s.target, available: s.available })).join('；')}
      </Typography.Paragraph>
      <Table<SampledHousehold>
        rowKey="householdId" size="small" dataSource={e.households} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
        columns={[
          { key: 'position', title: '#', dataIndex: 'position' },
          { key: 'household', title: t('sampling.columns.household'), render: (_v, h) => `${h.headName} · ${h.householdNo}` },
          { key: 'village', title: t('sampling.columns.village'), render: (_v, h) => h.villageName ?? h.villageCode },
          { key: 'stratum', title: t('sampling.columns.stratum'), render: (_v, h) => stratumLabel(h.stratum) },
          { key: 'finding', title: t('sampling.columns.finding'), render: (_v, h) => (h.stratum === 'nonRegistered'
            ? yesNo(h, 'isMissed', t('sampling.columns.missed')) : yesNo(h, 'isWronglyExited', t('sampling.columns.wronglyExited'))) },
          { key: 'approves', title: t('sampling.columns.approves'), render: (_v, h) => yesNo(h, 'approves', t('sampling.columns.approves')) },
          { key: 'recorded', title: t('sampling.columns.recorded'), render: (_v, h) => (h.recordedAt ? `${h.recordedByName ?? ''} · ${h.recordedAt.slice(0, 10)}` : '—') },
        ]}
      />
    </section>
  );
}
