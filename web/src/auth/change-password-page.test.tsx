import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import ChangePasswordPage from './change-password-page.tsx';
import { type CurrentUser, CurrentUserContext } from './session.ts';

const user: CurrentUser = {
  id: 'u1', username: 'wangfang', displayName: '王芳', role: 'villageCadre', regionCode: '150602101201', regionName: '九大股村',
  department: null, mustChangePassword: true, permissions: ['registry:read'],
};

function renderPage() {
  return render(
    <AntApp>
      <QueryClientProvider client={new QueryClient()}>
        <CurrentUserContext.Provider value={user}>
          <MemoryRouter initialEntries={['/change-password']}>
            <ChangePasswordPage />
          </MemoryRouter>
        </CurrentUserContext.Provider>
      </QueryClientProvider>
    </AntApp>,
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the forced password change', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says why the password must change, and offers signing out instead of going back', () => {
    renderPage();
    expect(screen.getByText(/请先修改初始密码/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull();
  });

  it('checks the new password as the user types, in Chinese', async () => {
    renderPage();
    type('新密码', 'short1');
    expect(await screen.findByText('新密码至少需要 10 个字符')).toBeTruthy();
    type('新密码', 'onlyletterslong');
    expect(await screen.findByText('新密码需混合字母、数字或符号中的至少两种')).toBeTruthy();
    type('新密码', 'good-password-2026');
    type('确认新密码', 'good-password-2025');
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
  });

  it('shows the server\'s refusal of the current password on that field', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({
      type: 'urn:fupin:error:VALIDATION_FAILED', title: 'VALIDATION_FAILED', status: 400, code: 'VALIDATION_FAILED', detail: 'the current password is wrong', field: 'currentPassword',
      errors: [{ field: 'currentPassword', code: 'VALIDATION_FAILED', message: 'the current password is wrong' }],
    }), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
    renderPage();
    type('当前密码', 'not-my-password');
    type('新密码', 'good-password-2026');
    type('确认新密码', 'good-password-2026');
    fireEvent.submit(screen.getByLabelText('当前密码').closest('form') ?? document.body);
    expect(await screen.findByText('当前密码不正确')).toBeTruthy();
    expect(screen.queryByText(/current password is wrong/)).toBeNull();
  });
});
