import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdListQuery } from '../households/household-query.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { householdExportHref } from './export-href.ts';

/**
 * Downloads the filtered list: Excel by default, CSV from the menu. Plain links, so the browser
 * handles the download (with its progress and its "save as") and a large county streams.
 */
export function HouseholdExportButton({ query, regionCode }: { query: HouseholdListQuery; regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Space.Compact>
      <Tooltip title={t('householdExport.hint')}>
        <Button icon={<DownloadOutlined />} href={householdExportHref(query, regionCode, 'xlsx', language)} download className="household-export__excel">
          {t('householdExport.excel')}
        </Button>
      </Tooltip>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{ items: [{ key: 'csv', label: <a href={householdExportHref(query, regionCode, 'csv', language)} download>{t('householdExport.csv')}</a> }] }}
      >
        <Button icon={<DownOutlined />} aria-label={t('householdExport.more')} />
      </Dropdown>
    </Space.Compact>
  );
}
