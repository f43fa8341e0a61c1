import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { RequireSession } from '../auth/require-session.tsx';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../auth/redirect.ts';
import { AppLayout } from '../layout/app-layout.tsx';
import { PageLoading } from './page-states.tsx';

// One chunk per page: a village cadre on a slow line loads only what they open.
const SignInPage = lazy(() => import('../auth/sign-in-page.tsx'));
const ChangePasswordPage = lazy(() => import('../auth/change-password-page.tsx'));
const HouseholdListPage = lazy(() => import('../households/household-list-page.tsx'));
const NotFoundPage = lazy(() => import('./not-found-page.tsx'));

/** The start page until the county overview exists: the household list, in the same region. */
function StartPage() {
  const { search } = useLocation();
  return <Navigate to={`/households${search}`} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <Routes>
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route element={<AppLayout />}>
            <Route index element={<StartPage />} />
            <Route path="households" element={<HouseholdListPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
