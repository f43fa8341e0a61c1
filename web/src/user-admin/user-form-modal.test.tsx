import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CurrentUserContext, type CurrentUser } from '../auth/session.ts';
import { initI18n } from '../i18n/i18n.ts';
import { UserFormModal } from './user-form-modal.tsx';
import type { User } from './users.api.ts';

const admin: CurrentUser = {
  id: 'u-admin', username: 'admin', displayName: '系统管理员', role: 'admin', regionCode: '150602', regionName: '东胜区',
  department: null, mustChangePassword: false, permissions: ['users:manage'],
};
const officer: User = {
  id: 'u-2', username: 'minzheng', displayName: '民政李', role: 'departmentOfficer', regionCode: '150602', regionName: '东胜区',
  department: 'civilAffairs', mustChangePassword: false, isDisabled: false, isLocked: false, lockedUntil: null, lastLoginAt: null,
  createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
};
const codes = [
  { name: 'role', items: [{ code: 'departmentOfficer', zh: '行业部门干部', en: 'Department officer' }, { code: 'villageCadre', zh: '村干部', en: 'Village cadre' }] },
  { name: 'department', items: [{ code: 'civilAffairs', zh: '民政', en: 'Civil affairs' }] },
];
const county = { code: '150602', name: '东胜区', level: 'county', parentCode: '1506', path: [{ code: '150602', name: '东胜区', level: 'county', parentCode: '1506' }] };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, code: string, field: string) =>
  json({ type: `urn:fupin:error:${code}`, title: code, status, code, detail: 'english', field, errors: [{ field, code, message: 'english' }] }, status);

function stubServer(onSave: (request: Request) => Response) {
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/codes') return json(codes);
    if (path === '/api/v1/regions/150602') return json(county);
    if (path === '/api/v1/regions/150602/children') return json([]);
    return onSave(request);
  });
}

function renderForm(user?: User) {
  const onDone = vi.fn();
  // Configured as the app does: "保存", not "保 存".
  render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <CurrentUserContext.Provider value={admin}>
            <UserFormModal open user={user} onClose={vi.fn()} onDone={onDone} />
          </CurrentUserContext.Provider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return onDone;
}

describe('the user form', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks a department officer for their department, and shows the server\'s objection on that field', async () => {
    const saves: unknown[] = [];
    stubServer((request) => {
      void request.clone().json().then((body: unknown) => saves.push(body));
      return problem(400, 'VALIDATION_FAILED', 'department');
    });
    renderForm(officer);
    expect(await screen.findByText('编辑用户：民政李')).toBeTruthy();
    expect(await screen.findByLabelText('行业部门')).toBeTruthy();
    expect(screen.queryByLabelText('用户名')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('行业部门干部必须选择所属部门')).toBeTruthy();
    expect(saves[0]).toMatchObject({ role: 'departmentOfficer', regionCode: '150602', department: 'civilAffairs', displayName: '民政李' });
  });

  it('requires role and region before sending, and asks for a department only for department officers', async () => {
    const sent = vi.fn(() => json({}, 500));
    stubServer(sent);
    const onDone = renderForm();
    expect(await screen.findByText('新建用户')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'li si' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('用户名须为 2–64 个字母、数字或 . _ @ -')).toBeTruthy();
    expect(await screen.findByText('请选择角色')).toBeTruthy();
    expect(screen.getByText('请选择所属区划')).toBeTruthy();
    expect(screen.queryByLabelText('行业部门')).toBeNull();

    fireEvent.mouseDown(screen.getByLabelText('角色'));
    fireEvent.click(await screen.findByTitle('行业部门干部'));
    expect(await screen.findByLabelText('行业部门')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
