import { EditOutlined, LogoutOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery, WIDE_SCREEN_QUERY } from '../layout/use-media-query.ts';
import type { Household, Member } from './household.queries.ts';
import { MemberCards, MemberTable } from './member-list.tsx';
import { type MemberEditTarget, MemberEditModal } from './member-edit-modal.tsx';
import { MoveOutModal } from './move-out-modal.tsx';
import { RevealIdModal } from './reveal-id-modal.tsx';
import { usePermission } from './use-permission.ts';
import { useRevealedIds } from './use-revealed-ids.ts';

/** The household's current members: ID numbers masked, revealed on request; added, changed and moved out here. */
export function MembersTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  const canWrite = usePermission('registry:write');
  const canReveal = usePermission('personalData:reveal');
  const { revealed, show, hide } = useRevealedIds();
  const [revealing, setRevealing] = useState<Member | null>(null);
  const [editing, setEditing] = useState<MemberEditTarget | null>(null);
  const [movingOut, setMovingOut] = useState<Member | null>(null);

  const actions = canWrite ? (m: Member) => (
    <Space size={0} wrap>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ member: m })}
        aria-label={t('householdPage.editMemberFor', { name: m.name })}>{t('householdPage.change')}</Button>
      <Button type="link" size="small" danger icon={<LogoutOutlined />} onClick={() => setMovingOut(m)}
        aria-label={t('householdPage.moveOut.buttonFor', { name: m.name })}>{t('householdPage.moveOut.button')}</Button>
    </Space>
  ) : undefined;
  const listProps = { members: household.members, revealed, canReveal, onReveal: setRevealing, onHide: hide, actions };

  return (
    <div className="household-tab">
      {canWrite && (
        <div className="household-tab__toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>{t('householdPage.addMember')}</Button>
        </div>
      )}
      {household.members.length === 0 ? <Empty description={t('householdPage.noMembers')} />
        : isWide ? <MemberTable {...listProps} /> : <MemberCards {...listProps} />}
      <RevealIdModal member={revealing} onRevealed={show} onClose={() => setRevealing(null)} />
      <MemberEditModal household={household} target={editing} onClose={() => setEditing(null)} />
      <MoveOutModal household={household} member={movingOut} onClose={() => setMovingOut(null)} />
    </div>
  );
}
