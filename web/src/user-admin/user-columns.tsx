import { EllipsisOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../format/date.ts';
import type { Language } from '../i18n/language.ts';
import { accountStates, userActions } from './user-state.ts';
import type { User } from './users.api.ts';

export type UserAction = ReturnType<typeof userActions>[number] | 'edit';

const STATE_COLORS = { active: 'green', disabled: 'default', locked: 'red', mustChange: 'gold' } as const;

interface UserColumnContext {
  t: TFunction;
  language: Language;
  label: (list: string, code: string | null | undefined) => string;
  selfId: string;
  onAction: (action: UserAction, user: User) => void;
}

/** The user list's columns; every row's actions sit in its last column. */
export function userColumns({ t, language, label, selfId, onAction }: UserColumnContext): ColumnsType<User> {
  return [
    { key: 'username', dataIndex: 'username', title: t('userAdmin.col.username'), width: 140 },
    { key: 'displayName', dataIndex: 'displayName', title: t('userAdmin.col.displayName'), width: 110 },
    {
      key: 'role', title: t('userAdmin.col.role'), width: 150,
      render: (_v, u) => (u.department ? `${label('role', u.role)} · ${label('department', u.department)}` : label('role', u.role)),
    },
    { key: 'region', title: t('userAdmin.col.region'), width: 140, render: (_v, u) => u.regionName ?? u.regionCode },
    {
      key: 'status', title: t('userAdmin.col.status'), width: 150,
      render: (_v, u) => (
        <Space size={4} wrap>
          {accountStates(u).map((state) => {
            const tag = <Tag key={state} color={STATE_COLORS[state]}>{t(`userAdmin.status.${state}`)}</Tag>;
            return state === 'locked' && u.lockedUntil
              ? <Tooltip key={state} title={t('userAdmin.lockedUntil', { time: formatDateTime(u.lockedUntil, language) })}>{tag}</Tooltip>
              : tag;
          })}
        </Space>
      ),
    },
    { key: 'lastLogin', title: t('userAdmin.col.lastLogin'), width: 160, render: (_v, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, language) : t('userAdmin.never')) },
    {
      key: 'actions', title: t('userAdmin.col.actions'), width: 120, fixed: 'right',
      render: (_v, u) => (
        <Space size={4}>
          <Button size="small" onClick={() => onAction('edit', u)}>{t('userAdmin.edit')}</Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: userActions(u, selfId).map((action) => ({ key: action, label: t(`userAdmin.${action}`), danger: action === 'disable' })),
              onClick: ({ key }) => {
                const action = userActions(u, selfId).find((a) => a === key);
                if (action) onAction(action, u);
              },
            }}
          >
            <Button size="small" icon={<EllipsisOutlined />} aria-label={t('userAdmin.more', { name: u.displayName })} />
          </Dropdown>
        </Space>
      ),
    },
  ];
}
