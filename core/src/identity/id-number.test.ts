import { describe, expect, it } from 'vitest';
import { computeCheckDigit, maskIdNumber, normalizeIdNumber, parseIdNumber } from './id-number.ts';

const TODAY = '2026-11-23';

describe('parseIdNumber', () => {
  it.each([
    // The example printed in GB 11643-1999, and numbers built with its check digit.
    ['11010519491231002X', '1949-12-31', 'female'],
    ['150602198001010011', '1980-01-01', 'male'],
  ])('accepts %s and derives its birth date and gender', (id, birthDate, gender) => {
    expect(parseIdNumber(id, TODAY)).toEqual({ ok: true, facts: { idNumber: id, regionPrefix: id.slice(0, 6), birthDate, gender } });
  });

  it.each([
    ['1101051949123100', 'length'],
    ['11010519491231002A', 'characters'],
    ['99010519491231002X', 'regionPrefix'],
    ['110105194902300020', 'birthDate'],
    ['110105203001010010', 'birthDate'],
    ['440524188001010014', 'birthDate'],
    ['110105194912310021', 'checkDigit'],
  ] as const)('finds the problem in %s: %s', (id, problem) => {
    expect(parseIdNumber(id, TODAY)).toMatchObject({ ok: false, problem });
  });

  it('accepts full-width digits, a lower-case x and surrounding spaces', () => {
    expect(normalizeIdNumber(' １１０１０５１９４９１２３１００２x ')).toBe('11010519491231002X');
    expect(parseIdNumber(' １１０１０５１９４９１２３１００２x ', TODAY).ok).toBe(true);
  });

  it('computes the check digit of every residue', () => {
    expect(computeCheckDigit('11010519491231002')).toBe('X');
    expect(computeCheckDigit('15060219800101001')).toMatch(/^[\dX]$/);
  });
});

describe('masking', () => {
  it('keeps the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
