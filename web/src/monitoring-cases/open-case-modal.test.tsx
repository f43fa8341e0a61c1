import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import type { MonitoringAlert } from '../monitoring/monitoring.api.ts';
import { incomeAlert, includedCase } from './case-fixture.ts';
import { localToday } from './local-date.ts';
import { OpenCaseModal } from './open-case-modal.tsx';
import { problemResponse } from '../api/problem-fixture.ts';

/** The API as the dialog meets it: households to pick, and what opening a case answers. */
function stubApi(answer: () => Response) {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/households') return Response.json({ total: 1, items: [{ id: 'h2', headName: '张林富', householdNo: '150602101201-00041', villageName: '九大股村' }] });
    if (url.pathname === '/api/v1/monitoring/cases' && request.method === 'POST') {
      sent.push(await request.json());
      return answer();
    }
    return problemResponse(404, 'NOT_FOUND', { detail: url.pathname });
  });
  return sent;
}

function renderDialog(alerts: readonly MonitoringAlert[]) {
  render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <MemoryRouter initialEntries={['/monitoring']}>
            <Routes>
              <Route path="/monitoring" element={<OpenCaseModal open alerts={alerts} regionCode="150602101201" onClose={() => undefined} />} />
              <Route path="/monitoring/cases/:id" element={<p>case page</p>} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

/** Opens an Ant Design select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label).closest('.ant-select') ?? document.body);
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options.find((o) => o.classList.contains('ant-select-item-option')) ?? options[0] ?? document.body);
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '发起核实' }));

describe('opening a case', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('from alerts takes their risks, suggests the type and opens the new case', async () => {
    const sent = stubApi(() => Response.json(includedCase({ state: 'alerted' }), { status: 201 }));
    renderDialog([incomeAlert(), incomeAlert({ id: 'a2', riskType: 'illness' })]);
    expect(screen.getByText('依据预警：薛山 · 150602101201-00007，共 2 条')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /绿色通道/ }).hasAttribute('disabled')).toBe(true);
    submit();
    await screen.findByText('case page');
    expect(sent).toEqual([{ channel: 'departmentAlert', alertIds: ['a1', 'a2'], type: 'unstableExited', risks: ['other', 'illness'], discoveredOn: localToday(), greenChannel: false }]);
  });

  it('for a household asks what was reported, and leads to the open case the household already has', async () => {
    const sent = stubApi(() => Response.json({ type: 'about:blank', title: 'x', status: 409, code: 'CASE_ALREADY_OPEN', detail: 'x', errors: [], details: { caseId: 'c9' } }, { status: 409 }));
    renderDialog([]);
    expect(screen.getByRole('dialog', { name: '登记监测对象线索' })).toBeTruthy();
    submit();
    expect(await screen.findByText('请填写情况说明')).toBeTruthy();
    expect(screen.getByText('请填写农户')).toBeTruthy();
    expect(sent).toEqual([]);

    await choose('农户', '张林富 · 150602101201-00041 · 九大股村');
    await choose('风险类型（最多 5 项）', '因病');
    fireEvent.change(screen.getByLabelText('情况说明'), { target: { value: '户主住院，自述医疗费用负担重' } });
    submit();
    const link = await screen.findByRole('link', { name: '查看监测档案' });
    expect(link.getAttribute('href')).toBe('/monitoring/cases/c9');
    expect(screen.getByText('该户已有在监测的档案')).toBeTruthy();
    await waitFor(() => expect(sent).toEqual([{ channel: 'cadreScreening', householdId: 'h2', type: 'edgeOfPoverty', risks: ['illness'], triggerNote: '户主住院，自述医疗费用负担重', discoveredOn: localToday(), greenChannel: false }]));
  });
});
