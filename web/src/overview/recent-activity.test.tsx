import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { countyOverview } from './overview-fixture.ts';
import { RecentActivity } from './recent-activity.tsx';

const codes = [{ name: 'recordSource', items: [{ code: 'entry', zh: '手工录入', en: 'Manual entry' }] }];

function renderActivity(data: ReturnType<typeof countyOverview> | undefined) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <RecentActivity data={data} height={328} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('recent activity', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says who changed what and when, leading to the household', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(codes), { headers: { 'content-type': 'application/json' } }));
    renderActivity(countyOverview());
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('link', { name: '150602101201-00001' }).getAttribute('href')).toBe('/households/1');
    expect(within(item).getByText('修改了家庭成员')).toBeTruthy();
    expect(await within(item).findByText(/王芳 · 2026年11月23日 .* · 手工录入/)).toBeTruthy();
  });

  it('says so when nothing changed, and holds its place while loading', () => {
    vi.stubGlobal('fetch', async () => new Response('[]', { headers: { 'content-type': 'application/json' } }));
    renderActivity({ ...countyOverview(), recentChanges: [] });
    expect(screen.getByText('最近没有修改记录')).toBeTruthy();
    cleanup();
    renderActivity(undefined);
    expect(document.querySelector('.recent-item')).toBeNull();
    expect(document.querySelector<HTMLElement>('.recent-card__body')?.style.height).toBe('282px');
  });
});
