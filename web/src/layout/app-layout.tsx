import { Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoading } from '../app/page-states.tsx';
import { RegionPanel } from '../regions/region-panel.tsx';
import { RegionBreadcrumb } from './region-breadcrumb.tsx';
import { TopBar } from './top-bar.tsx';
import { useMediaQuery, WIDE_SCREEN_QUERY } from './use-media-query.ts';

/** The frame of every signed-in page: top bar, region panel (a drawer on phones), the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  return (
    <Layout className="app-layout">
      <a href="#main" className="skip-link">{t('app.skipToContent')}</a>
      <TopBar onOpenRegions={isWide ? undefined : () => setDrawerOpen(true)} />
      <Layout>
        {isWide ? (
          <Layout.Sider width={280} theme="light" className="app-layout__sider">
            <RegionPanel />
          </Layout.Sider>
        ) : (
          <Drawer placement="left" open={isDrawerOpen} onClose={() => setDrawerOpen(false)} title={t('regions.panelTitle')} size={300}>
            <RegionPanel showTitle={false} onChosen={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-layout__content">
          <RegionBreadcrumb />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
