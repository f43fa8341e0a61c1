import { useQuery } from '@tanstack/react-query';
import { Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { HouseholdHeader } from './household-header.tsx';
import { householdQuery } from './household.queries.ts';
import { MembersTab } from './members-tab.tsx';
import '../household-form/household-form.css';
import './household-page.css';

// Tabs load when first opened: the members show at once, charts and history only when asked for.
const IncomesTab = lazy(() => import('./incomes-tab.tsx'));
const BasicNeedsTab = lazy(() => import('./basic-needs-tab.tsx'));
const HistoryTab = lazy(() => import('./history-tab.tsx'));
const PrintTab = lazy(() => import('../household-export/household-print-tab.tsx'));
const ProceduresTab = lazy(() => import('../procedures/household-procedures-tab.tsx'));
const AssistanceTab = lazy(() => import('../assistance/assistance-tab.tsx'));
const MicroloansTab = lazy(() => import('../microloans/household-microloans-tab.tsx'));

const EvaluationTab = lazy(() => import('../evaluations/household-evaluation-tab.tsx'));
const TABS = ['members', 'incomes', 'basicNeeds', 'evaluation', 'assistance', 'microloans', 'procedures', 'history', 'print'] as const;
type TabKey = (typeof TABS)[number];

export default function HouseholdPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const household = useQuery(householdQuery(Number(id)));
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'members';

  if (household.isPending) return <PageLoading />;
  if (household.isError) {
    return <LoadFailed title={t('householdPage.loadFailed')} error={household.error} onRetry={() => void household.refetch()} />;
  }
  const h = household.data;
  const lazyTab = (node: React.ReactNode) => <Suspense fallback={<PageLoading />}>{node}</Suspense>;
  const items = [
    { key: 'members', label: t('householdPage.tabs.members', { count: h.memberCount }), children: <MembersTab household={h} /> },
    { key: 'incomes', label: t('householdPage.tabs.incomes'), children: lazyTab(<IncomesTab household={h} />) },
    { key: 'basicNeeds', label: t('householdPage.tabs.basicNeeds'), children: lazyTab(<BasicNeedsTab householdId={h.id} />) },
    { key: 'evaluation', label: t('evaluations.tab'), children: lazyTab(<EvaluationTab householdId={h.id} />) },
    { key: 'assistance', label: t('assistance.tab'), children: lazyTab(<AssistanceTab household={h} />) },
    { key: 'microloans', label: t('microloans.tab'), children: lazyTab(<MicroloansTab household={h} />) },
    { key: 'procedures', label: t('procedures.queues.title'), children: lazyTab(<ProceduresTab household={h} />) },
    { key: 'history', label: t('householdPage.tabs.history'), children: lazyTab(<HistoryTab householdId={h.id} />) },
    { key: 'print', label: t('exportMenu.print'), children: lazyTab(<PrintTab householdId={h.id} />) },
  ];
  return (
    <section className="page household-page" aria-labelledby="household-title">
      <HouseholdHeader household={h} />
      <Tabs
        className="household-page__tabs"
        activeKey={tab}
        items={items}
        onChange={(key) => setParams((previous) => {
          const next = new URLSearchParams(previous);
          if (key === 'members') next.delete('tab');
          else next.set('tab', key);
          return next;
        }, { replace: true })}
      />
    </section>
  );
}
