import { EyeOutlined } from '@ant-design/icons';
import { computeAge } from '@fupin/core';
import { Button, List, Space, Table, Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { formatDate } from '../format/date.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { localToday } from '../household-form/id-number-check.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Member } from './household.queries.ts';
import type { RevealedId } from './use-revealed-ids.ts';

export interface MemberListProps {
  members: readonly Member[];
  revealed: ReadonlyMap<number, RevealedId>;
  canReveal: boolean;
  onReveal: (member: Member) => void;
  onHide: (memberId: number) => void;
  /** The actions a user who may write gets on each member (edit, move out). */
  actions?: (member: Member) => React.ReactNode;
}

/** The ID number as it may be shown: masked, or for a few seconds in full after a reveal. */
function IdNumberCell({ member, revealed, canReveal, onReveal, onHide, isOneLine = false }: { member: Member; revealed: RevealedId | undefined; isOneLine?: boolean } & Omit<MemberListProps, 'members' | 'actions' | 'revealed'>) {
  const { t } = useTranslation();
  if (revealed) {
    return (
      <Space size={4} wrap={!isOneLine}>
        <span className="mono member-id member-id--revealed" aria-live="polite">{revealed.idNumber}</span>
        <span className="member-id__timer">{t('householdPage.reveal.hidesIn', { seconds: revealed.secondsLeft })}</span>
        <Button size="small" type="link" onClick={() => onHide(member.id)}>{t('householdPage.reveal.hide')}</Button>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <span className="mono member-id">{member.idNumberMasked}</span>
      {canReveal && (
        <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => onReveal(member)}
          aria-label={t('householdPage.reveal.buttonFor', { name: member.name })}>{t('householdPage.reveal.button')}</Button>
      )}
    </Space>
  );
}

function useMemberText() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const today = localToday();
  return {
    born: (m: Member) => t('householdPage.bornAge', { date: formatDate(m.birthDate, language), age: computeAge(m.birthDate, today) }),
    health: (m: Member) => [codes.label('healthStatus', m.healthStatus), m.disabilityGrade !== 'none' ? codes.label('disabilityGrade', m.disabilityGrade) : ''].filter(Boolean).join(' · '),
    employment: (m: Member) => [codes.label('employmentKind', m.employmentKind), m.employedMonths > 0 ? t('householdPage.months', { count: m.employedMonths }) : '', m.employmentPlace ?? ''].filter(Boolean).join(' · '),
    codes,
  };
}

/** Members as a table on a wide screen. */
export function MemberTable({ members, revealed, actions, ...idProps }: MemberListProps) {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const text = useMemberText();
  const columns: ColumnType<Member>[] = [
    { key: 'name', title: f('name'), render: (_v, m) => <Space size={4}>{m.name}{m.isDeceased && <Tag>{t('householdPage.deceased')}</Tag>}</Space>, fixed: 'left', width: 110 },
    { key: 'relationToHead', title: f('relationToHead'), render: (_v, m) => text.codes.label('relationToHead', m.relationToHead), width: 100 },
    { key: 'gender', title: f('gender'), render: (_v, m) => text.codes.label('gender', m.gender), width: 70 },
    { key: 'birthDate', title: f('birthDate'), render: (_v, m) => text.born(m), width: 190 },
    // Wide enough for the revealed number, its countdown and "hide" on one line: the row keeps its height.
    { key: 'idNumber', title: f('idNumber'), render: (_v, m) => <IdNumberCell member={m} revealed={revealed.get(m.id)} isOneLine {...idProps} />, width: 310 },
    { key: 'healthStatus', title: f('healthStatus'), render: (_v, m) => text.health(m), width: 120 },
    { key: 'laborCapacity', title: f('laborCapacity'), render: (_v, m) => text.codes.label('laborCapacity', m.laborCapacity), width: 110 },
    { key: 'schoolStatus', title: f('schoolStatus'), render: (_v, m) => text.codes.label('schoolStatus', m.schoolStatus), width: 110 },
    { key: 'employment', title: f('employmentKind'), render: (_v, m) => text.employment(m), width: 170 },
    ...(actions ? [{ key: 'actions', title: t('householdPage.actions'), render: (_v: unknown, m: Member) => actions(m), width: 150 }] : []),
  ];
  return <Table<Member> rowKey="id" size="middle" columns={columns} dataSource={[...members]} pagination={false} scroll={{ x: 'max-content' }} />;
}

/** Members on a phone: one card each. */
export function MemberCards({ members, revealed, actions, ...idProps }: MemberListProps) {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const text = useMemberText();
  return (
    <List
      className="member-cards"
      dataSource={[...members]}
      renderItem={(m) => (
        <List.Item key={m.id} className="member-card">
          <div className="member-card__head">
            <strong>{m.name}</strong>
            <span>{text.codes.label('relationToHead', m.relationToHead)} · {text.codes.label('gender', m.gender)}</span>
            {m.isDeceased && <Tag>{t('householdPage.deceased')}</Tag>}
          </div>
          <dl className="member-card__facts">
            <dt>{f('birthDate')}</dt><dd>{text.born(m)}</dd>
            <dt>{f('idNumber')}</dt><dd><IdNumberCell member={m} revealed={revealed.get(m.id)} {...idProps} /></dd>
            <dt>{f('healthStatus')}</dt><dd>{text.health(m)}</dd>
            <dt>{f('laborCapacity')}</dt><dd>{text.codes.label('laborCapacity', m.laborCapacity)}</dd>
            <dt>{f('schoolStatus')}</dt><dd>{text.codes.label('schoolStatus', m.schoolStatus)}</dd>
            <dt>{f('employmentKind')}</dt><dd>{text.employment(m)}</dd>
          </dl>
          {actions && <div className="member-card__actions">{actions(m)}</div>}
        </List.Item>
      )}
    />
  );
}
