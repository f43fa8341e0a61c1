import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSession } from '../auth/require-session.tsx';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../auth/redirect.ts';
import { AppLayout } from '../layout/app-layout.tsx';
import { PageLoading } from './page-states.tsx';

// One chunk per page: a village cadre on a slow line loads only what they open.
const SignInPage = lazy(() => import('../auth/sign-in-page.tsx'));
const ChangePasswordPage = lazy(() => import('../auth/change-password-page.tsx'));
const HouseholdListPage = lazy(() => import('../households/household-list-page.tsx'));
const OverviewPage = lazy(() => import('../overview/overview-page.tsx'));
const HouseholdPage = lazy(() => import('../household-page/household-page.tsx'));
const HouseholdFormPage = lazy(() => import('../household-form/household-form-page.tsx'));
const UserAdminPage = lazy(() => import('../user-admin/user-admin-page.tsx'));
const MyQueuePage = lazy(() => import('../procedures/my-queue-page.tsx'));
const ProcedureQueuesPage = lazy(() => import('../procedures/procedure-queues-page.tsx'));
const ProcedurePage = lazy(() => import('../procedures/procedure-page.tsx'));
const NoticesPage = lazy(() => import('../procedures/notices-page.tsx'));
const QuotasPage = lazy(() => import('../procedures/quotas-page.tsx'));
const SamplingPage = lazy(() => import('../sampling/sampling-page.tsx'));
const ExercisePage = lazy(() => import('../sampling/exercise-page.tsx'));
const ImportPage = lazy(() => import('../import/import-page.tsx'));
const MyHouseholdsPage = lazy(() => import('../my-households/my-households-page.tsx'));
const AssistanceReportsPage = lazy(() => import('../assistance/assistance-reports-page.tsx'));
const BulkMeasuresPage = lazy(() => import('../assistance/bulk-measures-page.tsx'));
const CadresPage = lazy(() => import('../cadres/cadres-page.tsx'));
const PolicyPage = lazy(() => import('../policy/policy-page.tsx'));
const ExitReportsPage = lazy(() => import('../evaluations/exit-reports-page.tsx'));
const IndicatorsPage = lazy(() => import('../indicators/indicators-page.tsx'));
const MonitoringPage = lazy(() => import('../monitoring/monitoring-page.tsx'));
const CaseListPage = lazy(() => import('../monitoring-cases/case-list-page.tsx'));
const CasePage = lazy(() => import('../monitoring-cases/case-page.tsx'));
const CaseMapPage = lazy(() => import('../monitoring-cases/case-map-page.tsx'));
const CaseCountsPage = lazy(() => import('../monitoring-cases/case-counts-page.tsx'));
const EmploymentPage = lazy(() => import('../employment/employment-page.tsx'));
const MicroloansPage = lazy(() => import('../microloans/microloans-page.tsx'));
const EducationAidPage = lazy(() => import('../education-aid/education-aid-page.tsx'));
const NotFoundPage = lazy(() => import('./not-found-page.tsx'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <Routes>
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route element={<AppLayout />}>
            <Route index element={<OverviewPage />} />
            <Route path="households" element={<HouseholdListPage />} />
            <Route path="households/new" element={<HouseholdFormPage />} />
            <Route path="households/:id" element={<HouseholdPage />} />
            <Route path="households/:id/edit" element={<HouseholdFormPage />} />
            <Route path="admin/users" element={<UserAdminPage />} />
            <Route path="procedures" element={<ProcedureQueuesPage />} />
            <Route path="procedures/mine" element={<MyQueuePage />} />
            <Route path="procedures/notices" element={<NoticesPage />} />
            <Route path="procedures/quotas" element={<QuotasPage />} />
            <Route path="procedures/:id" element={<ProcedurePage />} />
            <Route path="sampling" element={<SamplingPage />} />
            <Route path="sampling/:id" element={<ExercisePage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="my-households" element={<MyHouseholdsPage />} />
            <Route path="assistance/reports" element={<AssistanceReportsPage />} />
            <Route path="assistance/bulk" element={<BulkMeasuresPage />} />
            <Route path="cadres" element={<CadresPage />} />
            <Route path="policy" element={<PolicyPage />} />
            <Route path="exit-reports" element={<ExitReportsPage />} />
            <Route path="monitoring" element={<MonitoringPage />} />
            <Route path="monitoring/cases" element={<CaseListPage />} />
            <Route path="monitoring/cases/:id" element={<CasePage />} />
            <Route path="monitoring/map" element={<CaseMapPage />} />
            <Route path="monitoring/counts" element={<CaseCountsPage />} />
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="employment" element={<EmploymentPage />} />
            <Route path="microloans" element={<MicroloansPage />} />
            <Route path="education-aid" element={<EducationAidPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
