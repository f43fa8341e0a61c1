import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { formatDate } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useChosenYear, yearOptions } from '../policy/policy-page.tsx';
import { PolicyNav } from '../policy/policy-nav.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { exercisesQuery } from '../sampling/sampling.api.ts';
import { DecisionView, OutcomeTag } from './decision-view.tsx';
import {
  countyEvaluationQuery, EVALUATIONS_KEY, exitReportsQuery, recordExitReport, villageEvaluationQuery, type ExitReport,
} from './evaluations.api.ts';
import './evaluations.css';

function VillagePanel({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const evaluation = useQuery(villageEvaluationQuery(code, year));
  if (evaluation.isPending) return <PageLoading />;
  if (evaluation.isError) return <LoadFailed title={t('evaluations.loadFailed')} error={evaluation.error} />;
  const e = evaluation.data;
  return (
    <div className="exit-reports__grid">
      <Card size="small">
        <p>{t('evaluations.reports.counts', { people: e.counts.people, poor: e.counts.poorPeople, households: e.counts.poorHouseholds })}</p>
        <DecisionView decision={e.exit} title={t('evaluations.reports.village')} />
      </Card>
      <Card size="small"><DecisionView decision={e.poorVillage} title={t('evaluations.reports.poorVillage')} /></Card>
    </div>
  );
}

/** The county's sampling exercises of the year: the one chosen gives the three rates and one degree. */
function CountyPanel({ code, year, exerciseId, onExercise }: { code: string; year: number; exerciseId: string | null; onExercise: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const exercises = useQuery(exercisesQuery());
  const evaluation = useQuery(countyEvaluationQuery(code, year, exerciseId));
  const options = (exercises.data ?? []).filter((e) => e.regionCode === code && e.year === year)
    .map((e) => ({ value: e.id, label: t('evaluations.reports.exerciseOption', { seed: e.seed, size: e.sampleSize, who: e.createdByName, at: formatDate(e.createdAt.slice(0, 10), language) }) }));
  const used = evaluation.data?.samplingExercise;
  return (
    <div className="exit-reports__grid">
      <Card size="small" title={<h2 className="decision__title">{t('evaluations.reports.sampling')}</h2>} className="exit-reports__sampling">
        <Select<string> allowClear aria-label={t('evaluations.reports.exercise')} placeholder={t('evaluations.reports.exercise')} className="exit-reports__exercise"
          loading={exercises.isPending} value={exerciseId ?? undefined} onChange={(v) => onExercise(v ?? null)} options={options}
          notFoundContent={t('evaluations.reports.noExercise')} />
        {used && <p>{t('evaluations.reports.exerciseUsed', { recorded: used.recorded, sampled: used.sampled })} <Link to={`/sampling/${used.id}`}>{t('evaluations.reports.openExercise')}</Link></p>}
        {!exerciseId && <Alert type="info" showIcon message={t('evaluations.reports.chooseExercise')} />}
      </Card>
      <Card size="small">
        {evaluation.isPending ? <PageLoading /> : evaluation.isError ? <LoadFailed title={t('evaluations.loadFailed')} error={evaluation.error} /> : (
          <>
            <p>{t('evaluations.reports.counts', { people: evaluation.data.counts.people, poor: evaluation.data.counts.poorPeople, households: evaluation.data.counts.poorHouseholds })}</p>
            <DecisionView decision={evaluation.data.exit} title={t('evaluations.reports.county')} />
          </>
        )}
      </Card>
    </div>
  );
}

/** Village and county exit: evaluated from the data for the region chosen in the tree, and recorded as reports with their evidence. */
export default function ExitReportsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { regionCode } = useChosenRegion();
  const [year, chooseYear] = useChosenYear();
  const [exerciseId, setExerciseId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const level = regionCode.length === 12 ? 'village' : regionCode.length === 6 ? 'county' : null;
  const reports = useQuery(exitReportsQuery(regionCode));
  const canRecord = level === 'county' ? user.permissions.includes('policy:manage') : user.permissions.includes('registry:write') && user.regionCode.length <= 9;
  const record = useMutation({
    mutationFn: () => {
      if (!level) throw new Error('no level');
      return recordExitReport({ level, regionCode, year, ...(level === 'county' ? { samplingExerciseId: exerciseId } : {}), note: note || null });
    },
    onSuccess: async () => {
      void message.success(t('evaluations.reports.recorded'));
      await queryClient.invalidateQueries({ queryKey: EVALUATIONS_KEY });
    },
    onError: (e) => void message.error(problemMessage(e, t, language)),
  });
  const columns = [
    { key: 'year', title: t('evaluations.reports.columns.year'), dataIndex: 'year' },
    { key: 'region', title: t('evaluations.reports.columns.region'), render: (_: unknown, r: ExitReport) => String(r.evidence['name'] ?? r.regionCode) },
    { key: 'outcome', title: t('evaluations.reports.columns.outcome'), render: (_: unknown, r: ExitReport) => <OutcomeTag outcome={r.outcome} /> },
    { key: 'recorded', title: t('evaluations.reports.columns.recorded'), render: (_: unknown, r: ExitReport) => `${r.recordedByName} · ${formatDate(r.recordedAt.slice(0, 10), language)}` },
    { key: 'note', title: t('evaluations.reports.columns.note'), render: (_: unknown, r: ExitReport) => r.note ?? '' },
  ];
  return (
    <section className="page exit-reports" aria-labelledby="exit-reports-title">
      <PolicyNav />
      <div className="page__header">
        <Typography.Title level={1} id="exit-reports-title" className="page__title">{t('evaluations.reports.titleFallback')}</Typography.Title>
        <Select<number> aria-label={t('evaluations.year')} value={year} onChange={chooseYear} options={yearOptions()} className="policy-year" />
      </div>
      {level === null && <Alert type="info" showIcon message={t('evaluations.reports.pickRegion')} />}
      {level === 'village' && <VillagePanel code={regionCode} year={year} />}
      {level === 'county' && <CountyPanel code={regionCode} year={year} exerciseId={exerciseId} onExercise={setExerciseId} />}
      {level !== null && canRecord && (
        <div className="exit-reports__record">
          <Input aria-label={t('evaluations.reports.note')} placeholder={t('evaluations.reports.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
          <Button type="primary" loading={record.isPending} onClick={() => record.mutate()}>{t('evaluations.reports.record')}</Button>
        </div>
      )}
      <h2 className="decision__title">{t('evaluations.reports.history')}</h2>
      <Table<ExitReport> rowKey="id" size="small" loading={reports.isPending} dataSource={reports.data ?? []} columns={columns} locale={{ emptyText: t('evaluations.reports.none') }}
        expandable={{ expandedRowRender: (r) => <DecisionView decision={r.decision} title={t(r.level === 'county' ? 'evaluations.reports.county' : 'evaluations.reports.village')} /> }} />
    </section>
  );
}
