import { DownloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { monitoringExportHref, type MonitoringExportFormat, type MonitoringList } from './monitoring-export-href.ts';

const UNMASKED_KEY = 'unmasked';

/**
 * Downloads the list on screen, as filtered, in Excel or CSV: plain links, so the browser streams
 * the file. Roles that may export ID numbers in full get the choice to (the server audits it).
 */
export function MonitoringExportButton({ list, filters }: { list: MonitoringList; filters: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayUnmask = useCurrentUser().permissions.includes('personalData:exportUnmasked');
  const [isUnmasked, setUnmasked] = useState(false);
  const [isOpen, setOpen] = useState(false);
  const link = (format: MonitoringExportFormat) => ({
    key: format,
    label: (
      <a href={monitoringExportHref(list, filters, { format, isUnmasked: mayUnmask && isUnmasked }, language)} download>
        {t(format === 'xlsx' ? 'exportMenu.excel' : 'exportMenu.csv', { what: t(`exportMenu.${list}`) })}
      </a>
    ),
  });
  const items: MenuProps['items'] = [
    link('xlsx'), link('csv'),
    ...(mayUnmask ? [{ type: 'divider' as const }, {
      key: UNMASKED_KEY,
      label: <Checkbox checked={isUnmasked} onChange={(e) => setUnmasked(e.target.checked)}>{t('exportMenu.unmasked')}</Checkbox>,
    }] : []),
  ];
  return (
    <Dropdown trigger={['click']} open={isOpen}
      onOpenChange={(open, info) => { if (info.source === 'trigger' || open) setOpen(open); }}
      menu={{ items, onClick: ({ key }) => { if (key !== UNMASKED_KEY) setOpen(false); } }}>
      <Button icon={<DownloadOutlined />} danger={mayUnmask && isUnmasked} className={`monitoring-export monitoring-export--${list}`}>{t('exportMenu.export')}</Button>
    </Dropdown>
  );
}
