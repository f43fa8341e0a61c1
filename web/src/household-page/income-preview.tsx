import type { IncomeYardstick } from '@fupin/core';
import { Form, Statistic, Tag } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../format/money.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { type IncomeFormValues, previewIncome } from './income-form-values.ts';

/** The figures the server will compute from what is typed so far, against the chosen year's line. */
export function IncomePreview({ form, yardstickOf }: { form: FormInstance<IncomeFormValues>; yardstickOf: (year: number) => IncomeYardstick | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFieldLabel();
  const values = Form.useWatch([], form) as Partial<IncomeFormValues> | undefined;
  const preview = values ? previewIncome(values) : undefined;
  const yardstick = values?.year ? yardstickOf(values.year) : undefined;
  const money = (fen: number | undefined) => (fen === undefined ? '—' : formatFen(fen, language));
  return (
    <section className="income-preview" aria-live="polite" aria-label={t('householdPage.incomes.preview')}>
      <Statistic title={f('netIncomePerCapita')} value={money(preview?.netIncomePerCapita)} className="income-preview__main" />
      <Statistic title={f('netIncome')} value={money(preview?.netIncome)} />
      <Statistic title={f('transferIncome')} value={money(preview?.transferIncome)} />
      <div className="income-preview__against">
        {yardstick && preview ? (
          <>
            <span>{t('householdPage.incomes.yardstickOf', { year: values?.year, amount: money(yardstick.amount), kind: t(`householdPage.incomes.kind.${yardstick.kind}`) })}</span>
            {preview.netIncomePerCapita > yardstick.amount
              ? <Tag color="green">{t('householdPage.incomes.above')}</Tag> : <Tag color="red">{t('householdPage.incomes.below')}</Tag>}
          </>
        ) : <span>{preview ? '\u00a0' : t('householdPage.incomes.previewPending')}</span>}
      </div>
    </section>
  );
}
