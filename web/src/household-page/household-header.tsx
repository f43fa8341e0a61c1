import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCodes } from '../codes/use-codes.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { regionTrail } from '../regions/region-tree.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { REGION_PARAM } from '../regions/use-region-param.ts';
import { useMediaQuery, WIDE_SCREEN_QUERY } from '../layout/use-media-query.ts';
import type { Household } from './household.queries.ts';
import { STATUS_COLOR } from './status-color.ts';
import { usePermission } from './use-permission.ts';

const FLAGS = ['isMilitaryFamily', 'isSingleChildFamily', 'isCooperativeMember', 'isWaterSafe', 'hasSanitaryToilet', 'hasElectricity'] as const;
const LAND = ['cultivatedLandMu', 'irrigatedLandMu', 'forestMu', 'grasslandMu'] as const;

/** The village, with its path from the county down when the regions are known. */
function VillagePath({ code, name }: { code: string; name: string | null }) {
  const region = useQuery(regionQuery(code));
  const trail = region.data ? regionTrail(region.data).filter((r) => r.level !== 'province' && r.level !== 'city') : [];
  return (
    <span className="household-header__village">
      <span>{name ?? region.data?.name ?? code}</span>
      {trail.length > 1 && <span className="household-header__path">{trail.map((r) => r.name).join(' / ')}</span>}
    </span>
  );
}

/** Who the household is, where, and its standing: the part of the page that stays put while tabs change. */
export function HouseholdHeader({ household: h }: { household: Household }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const [params] = useSearchParams();
  const canWrite = usePermission('registry:write');
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  const region = params.get(REGION_PARAM);
  const keep = region ? `?${REGION_PARAM}=${region}` : '';
  const none = t('common.none');
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const text = (value: string | number | null) => (value === null || value === '' ? none : value);
  const f = useFieldLabel();
  const navigate = useNavigate();

  const basics = [
    { key: 'householdNo', label: f('householdNo'), children: h.householdNo },
    { key: 'village', label: f('villageCode'), children: <VillagePath code={h.villageCode} name={h.villageName} /> },
    { key: 'villageGroup', label: f('villageGroup'), children: text(h.villageGroup) },
    { key: 'headName', label: f('headName'), children: h.headName },
    { key: 'memberCount', label: f('memberCount'), children: t('households.memberCountValue', { count: h.memberCount }) },
    { key: 'identificationStandard', label: f('identificationStandard'), children: codes.label('identificationStandard', h.identificationStandard) },
    { key: 'yearIdentified', label: f('yearIdentified'), children: text(h.yearIdentified) },
    { key: 'yearExited', label: f('yearExited'), children: text(h.yearExited) },
    { key: 'address', label: f('address'), children: text(h.address) },
    { key: 'phone', label: f('phone'), children: text(h.phone) },
    { key: 'bankAccount', label: f('bankAccount'), children: <span className="mono">{text(h.bankAccountMasked)}</span> },
  ];
  const conditions = [
    ...LAND.map((key) => ({ key, label: f(key), children: t('householdPage.mu', { value: h[key] }) })),
    { key: 'housingGrade', label: f('housingGrade'), children: codes.label('housingGrade', h.housingGrade) || none },
    { key: 'housingRenovatedYear', label: f('housingRenovatedYear'), children: text(h.housingRenovatedYear) },
    { key: 'relocationKind', label: f('relocationKind'), children: [codes.label('relocationKind', h.relocationKind), h.relocationPlace].filter(Boolean).join(' · ') },
    { key: 'roadDistanceKm', label: f('roadDistanceKm'), children: h.roadDistanceKm === null ? none : t('householdPage.km', { value: h.roadDistanceKm }) },
    ...FLAGS.map((key) => ({ key, label: f(key), children: yesNo(h[key]) })),
  ];

  return (
    <header className="household-header">
      <div className="page__header household-header__top">
        <div>
          <Link to={`/households${keep}`} className="household-header__back"><ArrowLeftOutlined /> {t('householdPage.backToList')}</Link>
          <Typography.Title level={1} id="household-title" className="page__title">
            {t('householdPage.title', { head: h.headName })}
          </Typography.Title>
          <div className="household-header__subtitle">
            <span>{f('householdNo')} <span className="mono">{h.householdNo}</span></span>
            <span>{h.villageName ?? h.villageCode}</span>
          </div>
        </div>
        {canWrite && (
          <Button icon={<EditOutlined />} onClick={() => void navigate(`/households/${h.id}/edit${keep}`)}>{t('householdPage.edit')}</Button>
        )}
      </div>
      <Space wrap size={[8, 8]} className="household-header__tags" aria-label={t('householdPage.standing')}>
        <Tag color={STATUS_COLOR[h.povertyStatus] ?? 'default'}>{codes.label('povertyStatus', h.povertyStatus)}</Tag>
        <Tag color="blue">{codes.label('householdType', h.householdType)}</Tag>
        {h.mainCause && <Tag color="purple">{t('householdPage.mainCause', { cause: codes.label('povertyCause', h.mainCause) })}</Tag>}
        {h.otherCauses.map((c) => <Tag key={c}>{t('householdPage.otherCause', { cause: codes.label('povertyCause', c) })}</Tag>)}
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, xl: 3 }} items={basics} className="household-header__facts" />
      {/* On a phone the conditions fold away, so the members are close at hand. */}
      <Collapse size="small" className="household-header__conditions" defaultActiveKey={isWide ? ['conditions'] : []} items={[{
        key: 'conditions', label: t('householdPage.conditions'),
        children: <Descriptions size="small" bordered column={{ xs: 1, sm: 2, xl: 3 }} items={conditions} className="household-header__facts" />,
      }]} />
    </header>
  );
}
