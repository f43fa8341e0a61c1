import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CurrentUserContext, type CurrentUser } from '../auth/session.ts';
import { initI18n } from '../i18n/i18n.ts';
import { incomeAlert } from '../monitoring-cases/case-fixture.ts';
import { AlertInbox } from './alert-inbox.tsx';
import type { MonitoringAlert } from './monitoring.api.ts';
import { problemResponse } from '../api/problem-fixture.ts';

const cadre = {
  id: 'u1', username: 'zhangcun', displayName: '张村', role: 'villageCadre', regionCode: '150602101201', regionName: '九大股村',
  department: null, mustChangePassword: false, permissions: ['registry:read', 'cases:write'],
} as CurrentUser;

/** The inbox's list as the API answers it; everything else the page asks for is not found. */
function stubAlerts(items: readonly MonitoringAlert[]) {
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/monitoring/alerts') return Response.json({ total: items.length, items });
    return problemResponse(404, 'NOT_FOUND', { detail: url.pathname });
  });
}

describe('the alert inbox', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('marks an open alert the latest scan no longer found, and only that one', async () => {
    stubAlerts([
      incomeAlert({ id: 'a1', householdNo: '150602101201-00007', clearedAt: '2026-11-24T02:00:00.000Z' }),
      incomeAlert({ id: 'a2', householdNo: '150602101201-00008', headName: '李河' }),
    ]);
    render(
      <ConfigProvider>
        <AntApp>
          <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
            <CurrentUserContext.Provider value={cadre}>
              <MemoryRouter><AlertInbox regionCode="150602101201" /></MemoryRouter>
            </CurrentUserContext.Provider>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>,
    );
    const row = (householdNo: string) => screen.getByText(new RegExp(householdNo)).closest('tr') ?? document.body;
    await screen.findByText(/150602101201-00007/);
    expect(within(row('150602101201-00007')).getByText(/筛查未再发现$/).textContent).toMatch(/^2026.*11.*24.*筛查未再发现$/);
    expect(within(row('150602101201-00008')).queryByText(/筛查未再发现/)).toBeNull();
  });
});
