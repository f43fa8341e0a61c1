import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Empty, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useMediaQuery, WIDE_SCREEN_QUERY } from '../layout/use-media-query.ts';
import { type Secret, SecretOnceModal } from './secret-once-modal.tsx';
import { tokenState } from './user-state.ts';
import { type ApiToken, createApiToken, revokeApiToken, type User, userTokensQuery } from './users.api.ts';

const EXPIRY_DAYS = [30, 90, 365] as const;
const TOKEN_COLORS = { active: 'green', expired: 'default', revoked: 'red' } as const;

interface TokenFormValues {
  name?: string;
  expiresInDays?: number | 'never';
}

/** A user's API tokens: issue one (its secret shown once), see when each was used, revoke. */
export function UserTokensDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TokenFormValues>();
  const [secret, setSecret] = useState<Secret | null>(null);
  const tokens = useQuery({ ...userTokensQuery(user?.id ?? ''), enabled: user !== null });
  const refresh = () => queryClient.invalidateQueries({ queryKey: userTokensQuery(user?.id ?? '').queryKey });

  const create = useMutation({
    mutationFn: (values: TokenFormValues) => createApiToken(user?.id ?? '', {
      name: values.name?.trim() ?? '',
      ...(typeof values.expiresInDays === 'number' ? { expiresInDays: values.expiresInDays } : {}),
    }),
    onSuccess: (created) => {
      form.resetFields();
      void refresh();
      setSecret({ title: t('userAdmin.tokenOnceTitle', { name: created.name }), note: t('userAdmin.tokenOnce'), label: t('userAdmin.tokenLabel'), value: created.token });
    },
    onError: (error) => form.setFields([{ name: 'name', errors: [problemMessage(error, t, language)] }]),
  });
  const revoke = useMutation({
    mutationFn: (tokenId: string) => revokeApiToken(tokenId),
    onSuccess: () => { void message.success(t('userAdmin.revokedDone')); void refresh(); },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });

  const now = new Date();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('userAdmin.never'));
  const columns: ColumnsType<ApiToken> = [
    { key: 'name', dataIndex: 'name', title: t('userAdmin.tokenCol.name') },
    { key: 'createdAt', title: t('userAdmin.tokenCol.createdAt'), render: (_v, token) => when(token.createdAt) },
    { key: 'expiresAt', title: t('userAdmin.tokenCol.expiresAt'), render: (_v, token) => (token.expiresAt ? when(token.expiresAt) : t('userAdmin.noExpiry')) },
    { key: 'lastUsedAt', title: t('userAdmin.tokenCol.lastUsedAt'), render: (_v, token) => when(token.lastUsedAt) },
    {
      key: 'status', title: t('userAdmin.tokenCol.status'),
      render: (_v, token) => { const state = tokenState(token, now); return <Tag color={TOKEN_COLORS[state]}>{t(`userAdmin.tokenStatus.${state}`)}</Tag>; },
    },
    {
      key: 'actions', title: t('userAdmin.tokenCol.actions'),
      render: (_v, token) => tokenState(token, now) === 'active' && (
        <Popconfirm title={t('userAdmin.confirmRevoke', { name: token.name })} okText={t('userAdmin.revoke')} cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }} onConfirm={() => revoke.mutateAsync(token.id)}>
          <Button size="small" danger>{t('userAdmin.revoke')}</Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Drawer open={user !== null} onClose={onClose} size={isWide ? 760 : '100%'} destroyOnHidden
      title={user ? t('userAdmin.tokensTitle', { name: user.displayName }) : ''}>
      <Typography.Paragraph type="secondary">{t('userAdmin.tokensHint')}</Typography.Paragraph>
      <Form<TokenFormValues> form={form} name="tokenForm" layout="vertical" className="token-form" initialValues={{ expiresInDays: 90 }}
        onFinish={(values) => create.mutate(values)}>
        <Form.Item name="name" label={t('userAdmin.tokenName')} className="token-form__name"
          rules={[{ required: true, whitespace: true, message: t('userAdmin.tokenNameRequired') }]}>
          <Input maxLength={100} placeholder={t('userAdmin.tokenNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('userAdmin.tokenExpiry')} className="token-form__expiry">
          <Select options={[
            ...EXPIRY_DAYS.map((days) => ({ value: days, label: t('userAdmin.expiryDays', { days }) })),
            { value: 'never', label: t('userAdmin.noExpiry') },
          ]} />
        </Form.Item>
        <Form.Item label=" " className="token-form__submit">
          <Button type="primary" htmlType="submit" loading={create.isPending}>{t('userAdmin.createToken')}</Button>
        </Form.Item>
      </Form>
      {tokens.isError ? (
        <Alert type="warning" showIcon title={t('userAdmin.tokensLoadFailed')} description={problemMessage(tokens.error, t, language)}
          action={<Button size="small" onClick={() => void tokens.refetch()}>{t('common.retry')}</Button>} />
      ) : (
        <Table<ApiToken> rowKey="id" size="small" columns={columns} dataSource={tokens.data ?? []} loading={tokens.isPending}
          pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('userAdmin.noTokens')} /> }} />
      )}
      <SecretOnceModal secret={secret} onClose={() => setSecret(null)} />
    </Drawer>
  );
}
