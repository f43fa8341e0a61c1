import { parseYuan } from '../household-form/yuan.ts';
import type { MeasureInput } from './assistance.api.ts';

/** The measure form as typed: dates as YYYY-MM-DD text, the amount in yuan as text. */
export interface MeasureFormValues {
  measureType?: string;
  memberId?: number;
  startDate?: string;
  endDate?: string;
  /** 'money' or 'kind': help given as money (amount) or in kind (description). */
  form?: 'money' | 'kind';
  amountYuan?: string;
  inKind?: string;
  fundingSource?: string;
  providerKind?: string;
  providerName?: string;
  status?: string;
  outcome?: string;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** The request body; the amount goes to the server in fen, parsed from the text digit by digit. */
export function toMeasureInput(values: MeasureFormValues): MeasureInput {
  const isMoney = (values.form ?? 'money') === 'money';
  const parsed = parseYuan(values.amountYuan);
  return {
    measureType: (values.measureType ?? '') as MeasureInput['measureType'],
    memberId: values.memberId ?? null,
    startDate: values.startDate ?? '',
    endDate: blank(values.endDate),
    amount: isMoney && parsed.ok && blank(values.amountYuan) !== null ? parsed.fen : null,
    inKind: isMoney ? null : blank(values.inKind),
    fundingSource: blank(values.fundingSource) as MeasureInput['fundingSource'],
    providerKind: blank(values.providerKind) as MeasureInput['providerKind'],
    providerName: blank(values.providerName),
    status: (values.status ?? 'inProgress') as MeasureInput['status'],
    outcome: blank(values.outcome),
  };
}
