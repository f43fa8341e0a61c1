import { DownloadOutlined, DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Dropdown, type MenuProps, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import type { HouseholdListQuery } from '../households/household-query.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { type ExportFormat, exportHref, type ExportKind } from './export-href.ts';
import { isVillageCode, villagePrintHref } from './print-href.ts';

const UNMASKED_KEY = 'unmasked';

/**
 * Downloads the filtered list: the household roll in Excel at a click; the roll in CSV, and the
 * members, incomes and assistance measures of the same households, from the menu. Plain links, so
 * the browser handles the download (with its progress and its "save as") and a large county
 * streams. Roles that may export personal data in full get a choice to; on a village, its cards
 * and handbooks print.
 */
export function HouseholdExportButton({ query, regionCode }: { query: HouseholdListQuery; regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const mayUnmask = useCurrentUser().permissions.includes('personalData:exportUnmasked');
  const [isUnmasked, setUnmasked] = useState(false);
  const [isOpen, setOpen] = useState(false);
  const unmasked = mayUnmask && isUnmasked;
  const href = (kind: ExportKind, format: ExportFormat) => exportHref(query, regionCode, { kind, format, isUnmasked: unmasked }, language);
  const link = (kind: ExportKind, format: ExportFormat) => ({
    key: `${kind}-${format}`,
    label: <a href={href(kind, format)} download>{t(format === 'xlsx' ? 'exportMenu.excel' : 'exportMenu.csv', { what: t(`exportMenu.${kind}`) })}</a>,
  });
  const items: MenuProps['items'] = [
    link('households', 'csv'),
    { type: 'divider' },
    link('members', 'xlsx'), link('members', 'csv'),
    { type: 'divider' },
    link('incomes', 'xlsx'), link('incomes', 'csv'),
    { type: 'divider' },
    link('measures', 'xlsx'), link('measures', 'csv'),
    ...(mayUnmask ? [{ type: 'divider' as const }, {
      key: UNMASKED_KEY,
      label: <Checkbox checked={isUnmasked} onChange={(e) => setUnmasked(e.target.checked)}>{t('exportMenu.unmasked')}</Checkbox>,
    }] : []),
  ];
  return (
    <Space wrap>
      <Space.Compact>
        <Tooltip title={t('householdExport.hint')}>
          <Button icon={<DownloadOutlined />} href={href('households', 'xlsx')} download danger={unmasked} className="household-export__excel">
            {t('householdExport.excel')}
          </Button>
        </Tooltip>
        <Dropdown
          trigger={['click']}
          placement="bottomRight"
          open={isOpen}
          // The masking choice keeps the menu open; a download closes it.
          onOpenChange={(open, info) => { if (info.source === 'trigger' || open) setOpen(open); }}
          menu={{ items, onClick: ({ key }) => { if (key !== UNMASKED_KEY) setOpen(false); } }}
        >
          <Button icon={<DownOutlined />} aria-label={t('householdExport.more')} danger={unmasked} />
        </Dropdown>
      </Space.Compact>
      {isVillageCode(regionCode) && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: (['card', 'handbook'] as const).map((document) => ({
              key: document,
              label: (
                <a href={villagePrintHref(regionCode, document, query)} target="_blank" rel="noopener noreferrer">
                  {t(document === 'card' ? 'exportMenu.printVillageCards' : 'exportMenu.printVillageHandbooks')}
                </a>
              ),
            })),
          }}
        >
          <Tooltip title={t('exportMenu.printHint')}>
            <Button icon={<PrinterOutlined />} className="household-export__print">{t('exportMenu.print')}</Button>
          </Tooltip>
        </Dropdown>
      )}
    </Space>
  );
}
