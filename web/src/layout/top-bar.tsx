import { DownOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../app/language-switch.tsx';
import { CHANGE_PASSWORD_PATH } from '../auth/redirect.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useSignOut } from '../auth/use-sign-out.ts';
import { useCodes } from '../codes/use-codes.ts';
import { MainNav } from './main-nav.tsx';

/** The bar across the top: product, pages, language, and the signed-in user. */
export function TopBar({ onOpenRegions }: { onOpenRegions?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const codes = useCodes();
  const navigate = useNavigate();
  const signOut = useSignOut();

  return (
    <Layout.Header className="top-bar">
      {onOpenRegions && (
        <Button type="text" className="top-bar__menu" icon={<MenuOutlined />} aria-label={t('nav.openRegions')} onClick={onOpenRegions} />
      )}
      <span className="top-bar__brand">{t('app.name')}</span>
      <MainNav user={user} />
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
