import { CheckCircleTwoTone, PlusOutlined, WarningTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Space, Table, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import type { Household } from '../household-page/household.queries.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { assistancePlanQuery, type Measure, visitsQuery } from './assistance.api.ts';
import { MeasureFormModal } from './measure-form-modal.tsx';
import { VisitFormModal } from './visit-form-modal.tsx';
import './assistance.css';

/** The household's assistance plan (each cause and the measures answering it), its measures and visits. */
export default function AssistanceTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const canWrite = useCurrentUser().permissions.includes('assistance:write');
  const plan = useQuery(assistancePlanQuery(household.id));
  const visits = useQuery(visitsQuery(household.id));
  const [measureType, setMeasureType] = useState<string | null>(null);
  const [visitOpen, setVisitOpen] = useState(false);

  if (plan.isPending) return <PageLoading />;
  if (plan.isError) return <LoadFailed title={t('assistance.loadFailed')} error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const byId = new Map(p.measures.map((m) => [m.id, m]));
  const money = (m: Measure) => (m.amount !== null ? formatFen(m.amount, language) : m.inKind ?? '');
  const columns: ColumnType<Measure>[] = [
    { key: 'type', title: t('assistance.measure.type'), render: (_v, m) => codes.label('measureType', m.measureType) },
    { key: 'member', title: t('assistance.measure.member'), render: (_v, m) => m.memberName ?? t('assistance.measure.wholeHousehold') },
    { key: 'period', title: t('assistance.measure.period'), render: (_v, m) => (m.endDate ? `${m.startDate} – ${m.endDate}` : m.startDate) },
    { key: 'amount', title: t('assistance.measure.amountOrKind'), align: 'right', render: (_v, m) => money(m) },
    { key: 'source', title: t('assistance.measure.fundingSource'), render: (_v, m) => codes.label('measureFundingSource', m.fundingSource) },
    { key: 'provider', title: t('assistance.measure.providerName'), render: (_v, m) => m.providerName ?? '' },
    { key: 'status', title: t('assistance.measure.status'), render: (_v, m) => <Tag color={m.status === 'cancelled' ? 'default' : m.status === 'completed' ? 'green' : 'blue'}>{codes.label('measureStatus', m.status)}</Tag> },
    { key: 'outcome', title: t('assistance.measure.outcome'), render: (_v, m) => m.outcome ?? '' },
  ];

  return (
    <div className="household-tab assistance-tab">
      {canWrite && (
        <Space className="household-tab__toolbar" wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setMeasureType('')}>{t('assistance.measure.add')}</Button>
          <Button icon={<PlusOutlined />} onClick={() => setVisitOpen(true)}>{t('assistance.visit.add')}</Button>
        </Space>
      )}
      {p.lacksDevelopmentalMeasure && <Alert type="warning" showIcon message={t('assistance.plan.lacksDevelopmental')} className="assistance-tab__alert" />}
      <Card title={t('assistance.plan.title')} size="small" className="assistance-tab__plan">
        {p.items.length === 0 ? <Typography.Text type="secondary">{t('assistance.plan.noCauses')}</Typography.Text> : (
          <List
            dataSource={p.items}
            renderItem={(item) => (
              <List.Item className={item.isAnswered ? 'plan-item plan-item--answered' : 'plan-item plan-item--unanswered'} data-cause={item.code}
                actions={!item.isAnswered && canWrite ? [
                  <Button key="add" size="small" onClick={() => setMeasureType(item.suggestedTypes[0] ?? '')}>{t('assistance.plan.answer')}</Button>,
                ] : []}>
                <List.Item.Meta
                  avatar={item.isAnswered ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <WarningTwoTone twoToneColor="#fa8c16" />}
                  title={(
                    <Space wrap>
                      <span>{codes.label(item.kind === 'cause' ? 'povertyCause' : 'riskType', item.code)}</span>
                      {item.isMain && <Tag>{t('assistance.plan.main')}</Tag>}
                      <Tag color={item.isAnswered ? 'green' : 'orange'}>{item.isAnswered ? t('assistance.plan.answered') : t('assistance.plan.unanswered')}</Tag>
                    </Space>
                  )}
                  description={item.isAnswered
                    ? item.answeredBy.map((id) => codes.label('measureType', byId.get(id)?.measureType)).join('、')
                    : t('assistance.plan.suggested', { types: item.suggestedTypes.slice(0, 4).map((c) => codes.label('measureType', c)).join('、') })}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Typography.Title level={5}>{t('assistance.measure.listTitle')}</Typography.Title>
      <Table<Measure> rowKey="id" size="middle" columns={columns} dataSource={p.measures} pagination={false} scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('assistance.measure.none') }} />
      <Typography.Title level={5}>{t('assistance.visit.listTitle')}</Typography.Title>
      <List
        loading={visits.isPending}
        dataSource={visits.data ?? []}
        locale={{ emptyText: t('assistance.visit.none') }}
        renderItem={(v) => (
          <List.Item>
            <List.Item.Meta
              title={`${v.visitDate} · ${codes.label('visitPurpose', v.purpose)} · ${v.cadreName ?? v.visitedByName ?? ''}`}
              description={(
                <Space direction="vertical" size={4}>
                  <span>{v.notes}</span>
                  {v.followUp && <span>{t('assistance.visit.followUp')}：{v.followUp}{v.followUpDoneAt ? ` (${t('assistance.visit.done')})` : ''}</span>}
                  {v.photos.length > 0 && (
                    <Space wrap>{v.photos.map((ph) => <img key={ph.id} src={`/api/v1/visit-photos/${ph.id}`} alt={t('assistance.visit.photo')} className="visit-photo" />)}</Space>
                  )}
                </Space>
              )}
            />
          </List.Item>
        )}
      />
      <MeasureFormModal householdId={household.id} members={household.members.map((m) => ({ id: m.id, name: m.name }))}
        open={measureType !== null} initialType={measureType || undefined} onClose={() => setMeasureType(null)} />
      <VisitFormModal householdId={household.id} open={visitOpen} onClose={() => setVisitOpen(false)} />
    </div>
  );
}
