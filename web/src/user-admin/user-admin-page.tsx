import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Result, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { type Secret, SecretOnceModal } from './secret-once-modal.tsx';
import { type UserAction, userColumns } from './user-columns.tsx';
import { UserFilters } from './user-filters.tsx';
import { UserFormModal, type UserFormResult } from './user-form-modal.tsx';
import { readUserQuery, toUserApiQuery, USER_PAGE_SIZES, type UserListState, writeUserQuery } from './user-query.ts';
import { canManageUsers } from './user-state.ts';
import { UserTokensDrawer } from './user-tokens-drawer.tsx';
import { changeUserStatus, resetUserPassword, type StatusAction, type User, USERS_KEY, usersQuery } from './users.api.ts';
import './user-admin.css';

/** User administration: who may sign in, with which role and region, and their API tokens. */
export default function UserAdminPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!canManageUsers(user)) return <Result status="403" title={t('userAdmin.title')} subTitle={t('userAdmin.noPermission')} />;
  return <UserAdmin selfId={user.id} />;
}

function UserAdmin({ selfId }: { selfId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { regionCode } = useChosenRegion();
  const region = useQuery(regionQuery(regionCode));
  const roleCodes = useMemo(() => codes.options('role').map((o) => o.value), [codes]);
  const state = useMemo(() => readUserQuery(params, roleCodes), [params, roleCodes]);
  const list = useQuery(usersQuery(toUserApiQuery(state, regionCode)));
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [tokensOf, setTokensOf] = useState<User | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);

  const update = (change: Partial<UserListState>) => setParams((previous) => writeUserQuery(previous, { ...readUserQuery(previous, roleCodes), ...change }));
  const refreshList = () => queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
  const showPassword = (u: User, password: string) => setSecret({
    title: t('userAdmin.passwordTitle', { name: u.displayName }), note: t('userAdmin.passwordOnce'), label: t('userAdmin.passwordLabel'), value: password,
  });

  const changeStatus = useMutation({
    mutationFn: ({ u, action }: { u: User; action: StatusAction }) => changeUserStatus(u.id, action),
    onSuccess: (changed, { action }) => {
      const done = { disable: 'userAdmin.disabledDone', enable: 'userAdmin.enabledDone', unlock: 'userAdmin.unlockedDone' } as const;
      void message.success(t(done[action], { name: changed.displayName }));
      void refreshList();
    },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
  const resetPassword = useMutation({
    mutationFn: (u: User) => resetUserPassword(u.id),
    onSuccess: (result) => {
      void refreshList();
      if (result.generatedPassword) showPassword(result.user, result.generatedPassword);
    },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });

  const onAction = (action: UserAction, u: User) => {
    if (action === 'edit') setEditing(u);
    else if (action === 'tokens') setTokensOf(u);
    else if (action === 'enable' || action === 'unlock') changeStatus.mutate({ u, action });
    else if (action === 'disable') {
      void modal.confirm({ title: t('userAdmin.confirmDisable', { name: u.displayName }), okText: t('userAdmin.disable'), okButtonProps: { danger: true },
        cancelText: t('common.cancel'), onOk: () => changeStatus.mutateAsync({ u, action: 'disable' }) });
    } else {
      void modal.confirm({ title: t('userAdmin.confirmReset', { name: u.displayName }), okText: t('userAdmin.resetPassword'),
        cancelText: t('common.cancel'), onOk: () => resetPassword.mutateAsync(u) });
    }
  };
  const onSaved = (result: UserFormResult) => {
    setEditing(null);
    void refreshList();
    void message.success(t(result.kind === 'created' ? 'userAdmin.created' : 'userAdmin.saved'));
    if (result.kind === 'created' && result.generatedPassword) showPassword(result.user, result.generatedPassword);
  };

  const columns = userColumns({ t, language, label: codes.label, selfId, onAction });
  return (
    <section className="page user-admin" aria-labelledby="user-admin-title">
      <div className="page__header">
        <Typography.Title level={1} id="user-admin-title" className="page__title">{t('userAdmin.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('userAdmin.create')}</Button>
      </div>
      <UserFilters state={state} regionName={region.data?.name ?? regionCode} onApply={(change) => update({ ...change, page: 1 })} />
      {list.isError && !list.data ? (
        <LoadFailed title={t('userAdmin.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: list.isPending ? <div className="list-placeholder" /> : t('userAdmin.empty') }}
          pagination={{
            current: state.page, pageSize: state.pageSize, total: list.data?.total ?? 0, showSizeChanger: true,
            pageSizeOptions: USER_PAGE_SIZES.map(String), showTotal: (total) => t('userAdmin.total', { total }),
            onChange: (page, pageSize) => update({ page: pageSize === state.pageSize ? page : 1, pageSize }),
          }}
        />
      )}
      <UserFormModal open={editing !== null} user={editing === 'new' ? undefined : editing ?? undefined} onClose={() => setEditing(null)} onDone={onSaved} />
      <UserTokensDrawer user={tokensOf} onClose={() => setTokensOf(null)} />
      <SecretOnceModal secret={secret} onClose={() => setSecret(null)} />
    </section>
  );
}
