import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { CHANGE_PASSWORD_PATH, signInHref } from './redirect.ts';
import { CurrentUserContext, useSession } from './session.ts';

/** Pages behind this need a session; without one the user signs in and comes back here. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading fullScreen />;
  if (session.isError) {
    return <div className="page-centered"><LoadFailed title={t('app.name')} error={session.error} onRetry={() => void session.refetch()} /></div>;
  }
  const { user } = session.data;
  if (!user) return <Navigate to={signInHref(location, session.data.reason)} replace />;
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return (
    <CurrentUserContext.Provider value={user}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
