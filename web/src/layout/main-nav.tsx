import { Menu } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useSearchParams } from 'react-router';
import type { CurrentUser } from '../auth/session.ts';
import { REGION_PARAM } from '../regions/use-region-param.ts';
import { canManageUsers } from '../user-admin/user-state.ts';

interface NavItem {
  path: string;
  label: string;
  /** Pages whose paths start with one of these count as this item (e.g. a household's page). */
  matches?: string[];
  isShown?: boolean;
}

/** The pages in the order of the work: find, identify, help, watch, measure; the bar folds what does not fit into "…". */
function listNavItems(user: CurrentUser, t: TFunction): NavItem[] {
  const can = (permission: string) => user.permissions.includes(permission);
  return [
    { path: '/', label: t('overview.nav') },
    { path: '/households', label: t('nav.households') },
    { path: '/procedures/mine', label: t('procedures.navLink'), matches: ['/procedures', '/notices', '/quotas'] },
    { path: '/my-households', label: t('myHouseholds.nav'), isShown: can('assistance:write') },
    { path: '/assistance/reports', label: t('assistance.nav'), matches: ['/assistance', '/cadres'] },
    { path: '/employment', label: t('employment.nav'), matches: ['/employment', '/microloans', '/education-aid'] },
    { path: '/monitoring', label: t('monitoring.nav') },
    { path: '/sampling', label: t('sampling.title') },
    { path: '/policy', label: t('policy.navLink'), matches: ['/policy', '/exit-reports', '/indicators'] },
    { path: '/import', label: t('dataImport.nav'), isShown: can('registry:import') },
    { path: '/admin/users', label: t('userAdmin.nav'), isShown: canManageUsers(user) },
  ].filter((item) => item.isShown !== false);
}

function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.path === '/') return pathname === '/';
  return (item.matches ?? [item.path]).some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function MainNav({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  // Moving between pages keeps the chosen region.
  const withRegion = (path: string) => (region ? `${path}?${REGION_PARAM}=${region}` : path);
  const items = listNavItems(user, t);
  const current = items.find((item) => isCurrent(item, pathname));
  return (
    <nav className="top-bar__nav" aria-label={t('nav.main')}>
      <Menu
        mode="horizontal"
        className="top-bar__menu-bar"
        selectedKeys={current ? [current.path] : []}
        items={items.map((item) => ({ key: item.path, label: <NavLink to={withRegion(item.path)} end={item.path === '/'}>{item.label}</NavLink> }))}
      />
    </nav>
  );
}
