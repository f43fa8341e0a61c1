import { DownOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../app/language-switch.tsx';
import { CHANGE_PASSWORD_PATH } from '../auth/redirect.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useSignOut } from '../auth/use-sign-out.ts';
import { useCodes } from '../codes/use-codes.ts';
import { REGION_PARAM } from '../regions/use-region-param.ts';
import { canManageUsers } from '../user-admin/user-state.ts';

/** The bar across the top: product, pages, language, and the signed-in user. */
export function TopBar({ onOpenRegions }: { onOpenRegions?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const codes = useCodes();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  // Moving between pages keeps the chosen region.
  const withRegion = (path: string) => (region ? `${path}?${REGION_PARAM}=${region}` : path);

  return (
    <Layout.Header className="top-bar">
      {onOpenRegions && (
        <Button type="text" className="top-bar__menu" icon={<MenuOutlined />} aria-label={t('nav.openRegions')} onClick={onOpenRegions} />
      )}
      <span className="top-bar__brand">{t('app.name')}</span>
      <nav className="top-bar__nav" aria-label={t('nav.main')}>
        <NavLink to={withRegion('/')} end className="top-bar__link">{t('overview.nav')}</NavLink>
        <NavLink to={withRegion('/households')} className="top-bar__link">{t('nav.households')}</NavLink>
        <NavLink to={withRegion('/procedures/mine')} className="top-bar__link">{t('procedures.navLink')}</NavLink>
        <NavLink to={withRegion('/sampling')} className="top-bar__link">{t('sampling.title')}</NavLink>
        <NavLink to={withRegion('/policy')} className="top-bar__link">{t('policy.navLink')}</NavLink>
        {user.permissions.includes('assistance:write') && <NavLink to="/my-households" className="top-bar__link">{t('myHouseholds.nav')}</NavLink>}
        <NavLink to={withRegion('/assistance/reports')} className="top-bar__link">{t('assistance.nav')}</NavLink>
        <NavLink to={withRegion('/monitoring')} className="top-bar__link">{t('monitoring.nav')}</NavLink>
        <NavLink to={withRegion('/employment')} className="top-bar__link">{t('employment.nav')}</NavLink>
        {user.permissions.includes('registry:import') && <NavLink to={withRegion('/import')} className="top-bar__link">{t('dataImport.nav')}</NavLink>}
        {canManageUsers(user) && <NavLink to={withRegion('/admin/users')} className="top-bar__link">{t('userAdmin.nav')}</NavLink>}
      </nav>
      <Space className="top-bar__end" size="small">
        <LanguageSwitch />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'role', label: `${codes.label('role', user.role)} · ${user.regionName ?? user.regionCode}`, disabled: true },
              { type: 'divider' },
              { key: 'password', label: t('user.changePassword') },
              { key: 'signOut', label: t('user.signOut'), danger: true },
            ],
            onClick: ({ key }) => {
              if (key === 'password') void navigate(`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
              if (key === 'signOut') signOut.mutate();
            },
          }}
        >
          <Button type="text" className="top-bar__user" aria-label={t('user.menu')} loading={signOut.isPending}>
            <UserOutlined />
            <span className="top-bar__user-name">{user.displayName}</span>
            <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
}
