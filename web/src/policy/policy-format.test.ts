import { describe, expect, it } from 'vitest';
import { formatPolicyValue, formatRate, fromFormValue, toFormValue } from './policy-format.ts';

const t = { yes: '是', no: '否', none: '未设定' };

describe('policy values on screen', () => {
  it('shows money in yuan, rates in per cent, flags and tables', () => {
    expect(formatPolicyValue('money', 600_000, 'zh-CN', t)).toBe('¥6,000.00');
    expect(formatPolicyValue('rate', 0.03, 'zh-CN', t)).toBe('3 %');
    expect(formatRate(14 / 2381)).toBe('0.588 %');
    expect(formatPolicyValue('boolean', true, 'zh-CN', t)).toBe('是');
    expect(formatPolicyValue('table', [{ area: 'rural', amount: 63_500 }], 'zh-CN', t)).toBe('rural · ¥635.00');
  });

  it('turns what the form holds into fen and fractions, and back', () => {
    expect(fromFormValue('money', 7000.5)).toBe(700_050);
    expect(fromFormValue('rate', 2.5)).toBe(0.025);
    expect(fromFormValue('integer', '5')).toBe(5);
    expect(fromFormValue('table', '[{"area":"rural","amount":63500}]')).toEqual([{ area: 'rural', amount: 63_500 }]);
    expect(fromFormValue('table', '[oops')).toBeUndefined();
    expect(toFormValue('money', 700_050)).toBe(7000.5);
    expect(toFormValue('rate', 0.03)).toBe(3);
  });
});
