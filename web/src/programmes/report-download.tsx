import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelKey } from '../i18n/language.ts';
import { useLanguage } from '../i18n/use-language.ts';

/**
 * Downloads a report as Excel: a plain link to the same address with ?format=xlsx, so the browser
 * handles the download; the server writes the export to the audit trail.
 */
export function ReportDownload({ path, query }: { path: string; query: Record<string, string | number | undefined> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, format: 'xlsx', lang: labelKey(language) })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return <Button icon={<DownloadOutlined />} href={`${path}?${params.toString()}`} download className="programme-export">{t('programmes.exportExcel')}</Button>;
}
