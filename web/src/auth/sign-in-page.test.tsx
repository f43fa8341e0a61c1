import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { initI18n } from '../i18n/i18n.ts';
import SignInPage from './sign-in-page.tsx';

const problem = (status: number, code: string, detail: string) =>
  new Response(JSON.stringify({ type: `urn:fupin:error:${code}`, title: code, status, code, detail, errors: [] }), { status, headers: { 'content-type': 'application/problem+json' } });

function renderSignIn(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AntApp>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/households" element={<p>households page</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </AntApp>,
  );
}

describe('the sign-in page', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says in Chinese that the session ended, with labelled inputs', async () => {
    vi.stubGlobal('fetch', async () => problem(401, 'UNAUTHENTICATED', 'not signed in'));
    renderSignIn('/sign-in?next=%2Fhouseholds&reason=expired');
    expect(await screen.findByText(/登录已失效/)).toBeTruthy();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
  });

  it('shows a wrong password as a translated message, not the server\'s English', async () => {
    vi.stubGlobal('fetch', async (request: Request) => (request.url.endsWith('/auth/login')
      ? problem(401, 'LOGIN_FAILED', 'wrong username or password')
      : problem(401, 'UNAUTHENTICATED', 'not signed in')));
    renderSignIn('/sign-in');
    fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: 'wangfang' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong-password' } });
    fireEvent.submit(screen.getByLabelText('密码').closest('form') ?? document.body);
    expect(await screen.findByText('用户名或密码不正确。')).toBeTruthy();
    expect(screen.queryByText(/wrong username/)).toBeNull();
  });

  it('goes back to the remembered page after signing in', async () => {
    const me = { id: 'u1', username: 'wangfang', displayName: '王芳', role: 'villageCadre', regionCode: '150602101201', regionName: '九大股村', department: null, mustChangePassword: false, permissions: ['registry:read'] };
    let signedIn = false;
    vi.stubGlobal('fetch', async (request: Request) => {
      if (request.url.endsWith('/auth/login')) {
        signedIn = true;
        return Response.json({ user: me, csrfToken: 'csrf-1' });
      }
      return signedIn ? Response.json(me) : problem(401, 'UNAUTHENTICATED', 'not signed in');
    });
    renderSignIn('/sign-in?next=%2Fhouseholds');
    fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: 'wangfang' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'right-password-1' } });
    fireEvent.submit(screen.getByLabelText('密码').closest('form') ?? document.body);
    await waitFor(() => expect(screen.getByText('households page')).toBeTruthy());
  });
});
