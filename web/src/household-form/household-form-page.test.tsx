import { codeLists } from '@fupin/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/session.ts';
import { CurrentUserContext } from '../auth/session.ts';
import { initI18n } from '../i18n/i18n.ts';
import HouseholdFormPage from './household-form-page.tsx';
import { problemResponse } from '../api/problem-fixture.ts';

const VILLAGE = { code: '150602101201', name: '九大股村', level: 'village', parentCode: '150602101', path: [] };
const cadre: CurrentUser = {
  id: 'u1', username: 'wangfang', displayName: '王芳', role: 'villageCadre', regionCode: VILLAGE.code, regionName: VILLAGE.name,
  department: null, mustChangePassword: false, permissions: ['registry:read', 'registry:write', 'personalData:reveal'],
} as CurrentUser;

const codes = codeLists.map((l) => ({ name: l.name, items: l.items.map((i) => ({ ...i })) }));

/** The API as the form meets it: code lists, the cadre's village, and whatever answer a save gets. */
function stubApi(onSave: (body: unknown) => Response) {
  const saved: unknown[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/codes') return Response.json(codes);
    if (url.pathname === `/api/v1/regions/${VILLAGE.code}`) return Response.json(VILLAGE);
    if (url.pathname === `/api/v1/regions/${VILLAGE.code}/children`) return Response.json([]);
    if (url.pathname === '/api/v1/households' && request.method === 'POST') {
      const body: unknown = await request.json();
      saved.push(body);
      return onSave(body);
    }
    return problemResponse(404, 'NOT_FOUND', { detail: url.pathname });
  });
  return saved;
}

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
    <AntApp>
      <QueryClientProvider client={queryClient}>
        <CurrentUserContext.Provider value={cadre}>
          <MemoryRouter initialEntries={[`/households/new?region=${VILLAGE.code}`]}>
            <Routes>
              <Route path="/households/new" element={<HouseholdFormPage />} />
              <Route path="/households/:id" element={<p>household page</p>} />
            </Routes>
          </MemoryRouter>
        </CurrentUserContext.Provider>
      </QueryClientProvider>
    </AntApp>
    </ConfigProvider>,
  );
}

const member = (n: number) => screen.getByRole('group', { name: `成员 ${n}` });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

/** Opens an Ant Design select by its label and picks an option by its text. */
async function choose(scope: HTMLElement, label: string, option: string) {
  const input = within(scope).getByLabelText(label);
  fireEvent.mouseDown(input.closest('.ant-select') ?? input);
  const options = await screen.findAllByTitle(option);
  const visible = options.find((o) => o.classList.contains('ant-select-item-option')) ?? options[0];
  if (!visible) throw new Error(`no option ${option}`);
  fireEvent.click(visible);
}

// Ant Design's form renders slowly in a simulated DOM; these tests drive the whole page.
describe('the register form', { timeout: 30_000 }, () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the birth date and gender an ID number gives, and a wrong check digit on the field, as it is typed', async () => {
    stubApi(() => Response.json({}, { status: 500 }));
    renderForm();
    const id = await within(member(1)).findByLabelText('身份证号');
    type(id, '15060219850312');
    expect(await within(member(1)).findByText('已输入 14/18 位')).toBeTruthy();
    type(id, '150602198503120026');
    expect(await within(member(1)).findByText('出生日期：1985年3月12日 · 性别：女')).toBeTruthy();
    type(id, '150602198503120027');
    expect(await within(member(1)).findByText('身份证号校验码不正确，请核对是否输错')).toBeTruthy();
    expect(within(member(1)).queryByText(/出生日期：/)).toBeNull();
  });

  it('marks a second head on its own row and refuses to send the form', async () => {
    const saved = stubApi(() => Response.json({}, { status: 500 }));
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: /添加成员/ }));
    await choose(member(2), '与户主关系', '户主');
    expect(await within(member(2)).findByText('每户只能有一位户主')).toBeTruthy();
    expect(within(member(1)).queryByText('每户只能有一位户主')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(screen.getByText('请填写户编号')).toBeTruthy());
    expect(saved).toEqual([]);
  });

  it('shows the server\'s duplicate ID error on that member\'s field, with a way to the other household', async () => {
    const saved = stubApi(() => Response.json({
      type: 'urn:fupin:error:ID_NUMBER_DUPLICATE', title: 'ID_NUMBER_DUPLICATE', status: 409, code: 'ID_NUMBER_DUPLICATE',
      detail: 'this ID number already belongs to …', field: 'members.0.idNumber',
      errors: [{ field: 'members.0.idNumber', code: 'ID_NUMBER_DUPLICATE', message: 'already belongs' }],
      details: { householdId: 42, householdNo: '1506021012010042', villageCode: VILLAGE.code, villageName: VILLAGE.name },
    }, { status: 409, headers: { 'content-type': 'application/problem+json' } }));
    renderForm();
    type(await screen.findByLabelText('户编号'), '1506021012019999');
    await choose(document.body, '贫困户属性', '一般贫困户');
    await choose(document.body, '贫困状态', '未脱贫');
    type(within(member(1)).getByLabelText('姓名'), '王建国');
    type(within(member(1)).getByLabelText('身份证号'), '150602198706150014');
    await choose(member(1), '劳动能力', '普通劳动力');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登记' }));
    });

    expect(await within(member(1)).findByText('该身份证号已登记在九大股村户编号为 1506021012010042 的农户中')).toBeTruthy();
    expect(screen.getByRole('link', { name: '打开户编号为 1506021012010042 的农户' }).getAttribute('href')).toBe('/households/42');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ householdNo: '1506021012019999', villageCode: VILLAGE.code, householdType: 'general', povertyStatus: 'poor',
      members: [{ name: '王建国', idNumber: '150602198706150014', relationToHead: 'self', laborCapacity: 'ordinary', employmentIncome: 0 }] });
  });
});
