import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuanText, MAX_FEN, parseYuan } from './yuan.ts';

describe('amounts typed in yuan, kept in fen', () => {
  it.each([
    ['', 0], ['0', 0], ['12', 1200], ['12.5', 1250], ['12.05', 1205], ['0.29', 29], ['1.00', 100],
    ['1,234.56', 123_456], ['１２３．４', 12_340], ['¥ 8 000', 800_000], ['007.10', 710], ['3.', 300], ['100000000', MAX_FEN],
  ])('"%s" is %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('is exact where multiplying a float would not be', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuan('4.35')).toEqual({ ok: true, fen: 435 });
    expect(parseYuan('1234567.89')).toEqual({ ok: true, fen: 123_456_789 });
  });

  it.each([
    ['abc', 'format'], ['-5', 'format'], ['1.2.3', 'format'], ['.5', 'format'], ['1e3', 'format'],
    ['1.234', 'precision'], ['100000000.01', 'tooLarge'], ['999999999', 'tooLarge'], ['12345678901234567890', 'tooLarge'],
  ])('refuses "%s" (%s)', (text, issue) => {
    expect(parseYuan(text)).toEqual({ ok: false, issue });
  });

  it('gives back every amount it shows, fen for fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
      const shown = fenToYuanText(fen);
      expect(parseYuan(shown)).toEqual({ ok: true, fen });
    }));
  });

  it('shows fen as yuan with two decimals, and nothing for none', () => {
    expect(fenToYuanText(123_405)).toBe('1234.05');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(fenToYuanText(0)).toBe('');
    expect(() => fenToYuanText(1.5)).toThrow(RangeError);
  });
});
