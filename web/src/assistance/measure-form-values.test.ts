import { describe, expect, it } from 'vitest';
import { toMeasureInput } from './measure-form-values.ts';

describe('toMeasureInput', () => {
  it('sends money in fen, parsed from the typed yuan without floating-point error', () => {
    expect(toMeasureInput({ measureType: 'dibao', startDate: '2024-01-01', endDate: '2024-12-31', form: 'money', amountYuan: '7,620.29' })).toMatchObject({
      measureType: 'dibao', amount: 762_029, inKind: null, endDate: '2024-12-31', status: 'inProgress', memberId: null,
    });
  });
  it('sends help in kind without an amount', () => {
    expect(toMeasureInput({ measureType: 'socialDonation', startDate: '2024-01-01', form: 'kind', amountYuan: '100', inKind: ' 棉被两床 ' })).toMatchObject({ amount: null, inKind: '棉被两床', endDate: null });
  });
  it('leaves a blank amount empty so the server can say it is missing', () => {
    expect(toMeasureInput({ measureType: 'dibao', startDate: '2024-01-01', form: 'money', amountYuan: ' ' }).amount).toBeNull();
  });
});
