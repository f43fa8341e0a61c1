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
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
