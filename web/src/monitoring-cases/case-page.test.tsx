import { codeLists } from '@fupin/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/session.ts';
import { CurrentUserContext } from '../auth/session.ts';
import { initI18n } from '../i18n/i18n.ts';
import { caseStep, includedCase, refusedDecision } from './case-fixture.ts';
import CasePage from './case-page.tsx';
import { localToday } from './local-date.ts';
import type { MonitoringCase } from './monitoring-cases.api.ts';
import { problemResponse } from '../api/problem-fixture.ts';

const officer = {
  id: 'u1', username: 'lixian', displayName: '李县', role: 'countyOfficer', regionCode: '150602', regionName: '东胜区',
  department: null, mustChangePassword: false, permissions: ['registry:read', 'cases:write', 'cases:approve'],
} as CurrentUser;
const codes = codeLists.map((l) => ({ name: l.name, items: l.items.map((i) => ({ ...i })) }));

/** The API as the case page meets it: the case, the code lists, and what a step or an elimination answers. */
function stubApi(found: MonitoringCase, answers: { step?: () => Response; elimination?: () => Response } = {}) {
  const sent: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/codes') return Response.json(codes);
    if (url.pathname === `/api/v1/monitoring/cases/${found.id}`) return Response.json(found);
    if (request.method === 'POST') {
      sent.push({ path: url.pathname, body: await request.json() });
      if (url.pathname.endsWith('/steps') && answers.step) return answers.step();
      if (url.pathname.endsWith('/elimination') && answers.elimination) return answers.elimination();
    }
    return problemResponse(404, 'NOT_FOUND');
  });
  return sent;
}

function renderPage(id: string) {
  render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <CurrentUserContext.Provider value={officer}>
            <MemoryRouter initialEntries={[`/monitoring/cases/${id}`]}>
              <Routes><Route path="/monitoring/cases/:id" element={<CasePage />} /></Routes>
            </MemoryRouter>
          </CurrentUserContext.Provider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

// Ant Design renders slowly in a simulated DOM; these tests drive the whole page.
describe('the case page', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the household, what brought the case, its steps and its history', async () => {
    stubApi(includedCase());
    renderPage('c1');
    await screen.findByRole('heading', { name: '薛山 · 150602101201-00007-1' });
    expect(screen.getByText('已纳入', { selector: '.case-state' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '150602101201-00007' }).getAttribute('href')).toBe('/households/1');
    expect(screen.getByText(/人均纯收入低于监测范围/)).toBeTruthy();
    expect(document.querySelectorAll('.case-step').length).toBe(4);
    const timeline = document.querySelector<HTMLElement>('.case-timeline');
    expect(timeline).not.toBeNull();
    const opened = within(timeline ?? document.body).getByText('建立档案').closest('[data-kind]');
    expect(opened?.textContent).toContain('部门筛查预警');
    expect(within(timeline ?? document.body).getByText('入户核实属实')).toBeTruthy();
    expect(screen.getByText(/尚未落实帮扶措施；须在 2026-12-20 前落实措施/)).toBeTruthy();
  });

  it('asks for a reason before rejecting a step, and sends the decision dated today', async () => {
    const waiting = includedCase({
      state: 'alerted', includedOn: null, currentStep: 'verification', allowedActions: { steps: ['approve', 'reject'], eliminate: false },
      steps: [caseStep('verification', null, true)],
    });
    const sent = stubApi(waiting, { step: () => Response.json(waiting) });
    renderPage('c1');
    await screen.findByText('当前环节：入户核实');
    expect(screen.getAllByText('已超期').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: '不通过' }));
    expect(await screen.findByText('不通过须说明理由')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '通过' }));
    await waitFor(() => expect(sent).toEqual([{ path: '/api/v1/monitoring/cases/c1/steps', body: { step: 'verification', decision: 'approve', reason: null, on: localToday() } }]));
  });

  it('shows a refused elimination with what stands in the way first', async () => {
    const sent = stubApi(includedCase(), { elimination: () => problemResponse(422, 'RISK_ELIMINATION_REFUSED', { details: { decision: refusedDecision() } }) });
    renderPage('c1');
    const form = await screen.findByRole('button', { name: '标注风险消除' });
    fireEvent.change(screen.getByLabelText('消除依据'), { target: { value: '收入已恢复' } });
    fireEvent.click(form);
    const refusal = await screen.findByLabelText('风险消除条件');
    expect(within(refusal).getByText('不能标注风险消除')).toBeTruthy();
    expect([...refusal.querySelectorAll('.reason')].map((r) => r.className.replace('reason reason--', ''))).toEqual(['fail', 'fail', 'pass']);
    expect(within(refusal).getByText('监测未满 6 个月')).toBeTruthy();
    expect(sent[0]).toEqual({ path: '/api/v1/monitoring/cases/c1/elimination', body: { kind: 'byAssistance', on: localToday(), reason: '收入已恢复', rigidExpensesResolved: false } });
  });

  it('names the paperwork a green-channel case still owes', async () => {
    const green = includedCase({
      greenChannel: true, paperworkOwed: true, risks: ['disaster'], flags: ['paperworkOwed'], currentStep: 'appraisal',
      steps: [caseStep('verification', '2026-11-17'), caseStep('appraisal', null)],
    });
    stubApi(green);
    renderPage('c1');
    expect(await screen.findByText('绿色通道：先帮扶、后补程序。尚需补办：村民主评议、乡镇审核、县级审定')).toBeTruthy();
  });
});
