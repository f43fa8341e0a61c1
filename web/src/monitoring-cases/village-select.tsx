import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type MonitoringVillageAggregate, villagesQuery } from './monitoring-cases.api.ts';

/**
 * The villages of the region that have something open, to narrow a list to one; with `count`, each
 * says how many of the listed kind it has and those without any are left out.
 */
export function VillageSelect({ regionCode, value, onChange, count }: {
  regionCode: string; value: string | undefined; onChange: (code: string | undefined) => void;
  count?: ((v: MonitoringVillageAggregate) => number) | undefined;
}) {
  const { t } = useTranslation();
  const villages = useQuery(villagesQuery(regionCode));
  const options = (villages.data ?? []).filter((v) => !count || count(v) > 0 || v.villageCode === value).map((v) => {
    const name = v.villageName ?? v.villageCode;
    return { value: v.villageCode, label: count ? t('monitoringCases.inbox.villageOption', { name, count: count(v) }) : name };
  });
  return (
    <Select allowClear showSearch optionFilterProp="label" placeholder={t('monitoringCases.inbox.allVillages')} aria-label={t('monitoring.columns.village')}
      value={value} onChange={(v: string | undefined) => onChange(v)} options={options} loading={villages.isPending} className="monitoring-village-select" />
  );
}
