import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, rememberCsrfToken, unwrap } from '../api/api-client.ts';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { AuthCardPage } from './auth-card-page.tsx';
import { readSignInReason, safeNextPath } from './redirect.ts';
import { startSession, useSession } from './session.ts';

interface SignInValues {
  username: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const next = safeNextPath(params.get('next'));
  const reason = readSignInReason(params.get('reason'));

  const signIn = useMutation({
    mutationFn: async (values: SignInValues) => {
      const answer = await unwrap(api.POST('/api/v1/auth/login', { body: values }));
      rememberCsrfToken(answer.csrfToken);
      return startSession(queryClient);
    },
    onSuccess: () => void navigate(next, { replace: true }),
  });

  // Already signed in (e.g. the back button): go on. After signing in here, onSuccess navigates,
  // and the form stays until then instead of an empty frame.
  if (session.data?.user && signIn.isIdle) return <Navigate to={next} replace />;

  return (
    <AuthCardPage title={t('auth.signInTitle')}>
      <Typography.Paragraph type="secondary">{t('auth.signInSubtitle')}</Typography.Paragraph>
      {reason === 'expired' && !signIn.isError && <Alert className="auth-page__alert" type="info" showIcon title={t('auth.sessionExpired')} />}
      {reason === 'signedOut' && !signIn.isError && <Alert className="auth-page__alert" type="success" showIcon title={t('user.signedOut')} />}
      {signIn.isError && <Alert className="auth-page__alert" type="error" showIcon role="alert" title={problemMessage(signIn.error, t, language)} />}
      <Form<SignInValues> layout="vertical" requiredMark={false} onFinish={(values) => signIn.mutate(values)} disabled={signIn.isPending}>
        <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
          <Input autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>{t('auth.signIn')}</Button>
      </Form>
    </AuthCardPage>
  );
}
