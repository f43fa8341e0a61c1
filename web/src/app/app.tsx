import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { authEvents, UNAUTHENTICATED_EVENT } from '../api/api-client.ts';
import { ApiProblem } from '../api/problem.ts';
import { endSession } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { AppRoutes } from './app-routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A problem answer will not change on retry; a network blip may.
        retry: (count, error) => !(error instanceof ApiProblem) && count < 2,
      },
    },
  });
}

/** Any 401 ends the session: the sign-in page shows, and brings the user back afterwards. */
function SessionWatcher() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onUnauthenticated = () => endSession(queryClient, 'expired');
    authEvents.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => authEvents.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, [queryClient]);
  return null;
}

const THEME = { token: { borderRadius: 6 } } as const;
/** "登录", not "登 录": the inserted space changes what screen readers say. */
const BUTTON = { autoInsertSpace: false } as const;

export function App({ queryClient }: { queryClient: QueryClient }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={THEME} button={BUTTON}>
      <AntApp>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <SessionWatcher />
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </QueryClientProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
