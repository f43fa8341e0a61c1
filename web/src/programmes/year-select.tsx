import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The years a programme list can show: this year back to 2013, newest first. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2012 }, (_, i) => thisYear - i);
  return <Select aria-label={t('programmes.year')} value={value} onChange={onChange} options={years.map((y) => ({ value: y, label: String(y) }))} className="programme-year" />;
}
