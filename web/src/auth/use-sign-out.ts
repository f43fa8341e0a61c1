import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, rememberCsrfToken, unwrap } from '../api/api-client.ts';
import { ApiProblem } from '../api/problem.ts';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { endSession } from './session.ts';

/** Signs out; a session that had already expired counts as signed out too. */
export function useSignOut() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await unwrap(api.POST('/api/v1/auth/logout'));
      } catch (error) {
        if (!(error instanceof ApiProblem && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      rememberCsrfToken(undefined);
      endSession(queryClient, 'signedOut');
    },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
}
