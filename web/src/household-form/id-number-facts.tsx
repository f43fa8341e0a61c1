import { Form } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { formatDate } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { checkIdNumber, ID_NUMBER_LENGTH, localToday } from './id-number-check.ts';

/**
 * What the ID number tells, shown under it as it is typed: the birth date and gender it gives
 * (the server derives them the same way), or how many characters are still missing.
 */
export function IdNumberFacts({ form, path }: { form: FormInstance; path: (string | number)[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const value = Form.useWatch<string | undefined>(path, form);
  const check = checkIdNumber(value, localToday());
  let text = '';
  if (check.state === 'valid') {
    text = t('householdForm.id.derived', { birthDate: formatDate(check.birthDate, language), gender: codes.label('gender', check.gender) });
  } else if (check.state === 'incomplete') {
    text = t('householdForm.id.progress', { count: check.length, length: ID_NUMBER_LENGTH });
  }
  // The line keeps its height when empty, so the form below does not move.
  return <span className={`id-facts${check.state === 'valid' ? ' id-facts--valid' : ''}`} aria-live="polite">{text || '\u00a0'}</span>;
}
