import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/api-client.ts';
import { ApiProblem } from '../api/problem.ts';
import { problemField, problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { AuthCardPage } from './auth-card-page.tsx';
import { checkNewPassword, PASSWORD_MIN_LENGTH } from './password-rules.ts';
import { safeNextPath } from './redirect.ts';
import { SESSION_KEY, useCurrentUser } from './session.ts';
import { useSignOut } from './use-sign-out.ts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<PasswordValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNextPath(params.get('next'));
  const signOut = useSignOut();

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      unwrap(api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } })),
    onSuccess: async () => {
      void message.success(t('auth.passwordChanged'));
      await queryClient.refetchQueries({ queryKey: SESSION_KEY });
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      const field = problemField(error);
      if (field === 'currentPassword') form.setFields([{ name: field, errors: [t('auth.currentPasswordWrong')] }]);
      if (field === 'newPassword') {
        const isSame = error instanceof ApiProblem && error.code === 'VALIDATION_FAILED';
        form.setFields([{ name: field, errors: [isSame ? t('auth.newPasswordSame') : problemMessage(error, t, language)] }]);
      }
    },
  });
  const fieldOfError = problemField(change.error);
  const showBanner = change.isError && fieldOfError !== 'currentPassword' && fieldOfError !== 'newPassword';

  return (
    <AuthCardPage title={t('auth.changePasswordTitle')}>
      {user.mustChangePassword && <Alert className="auth-page__alert" type="warning" showIcon title={t('auth.mustChangePassword')} />}
      {showBanner && <Alert className="auth-page__alert" type="error" showIcon role="alert" title={problemMessage(change.error, t, language)} />}
      <Form<PasswordValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => change.mutate(values)} disabled={change.isPending}>
        <Form.Item label={t('auth.currentPassword')} name="currentPassword" rules={[{ required: true, message: t('auth.currentPasswordRequired') }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('auth.newPassword')}
          name="newPassword"
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.newPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (!value) return;
                const issue = checkNewPassword(value);
                if (issue === 'tooShort') throw new Error(t('auth.newPasswordTooShort', { min: PASSWORD_MIN_LENGTH }));
                if (issue === 'weak') throw new Error(t('auth.newPasswordWeak'));
                if (value === getFieldValue('currentPassword')) throw new Error(t('auth.newPasswordSame'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.confirmPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.passwordsDiffer'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={change.isPending}>{t('auth.submitPassword')}</Button>
          {user.mustChangePassword
            ? <Button onClick={() => signOut.mutate()} loading={signOut.isPending}>{t('user.signOut')}</Button>
            : <Button onClick={() => void navigate(next)}>{t('auth.backToApp')}</Button>}
        </Space>
      </Form>
    </AuthCardPage>
  );
}
