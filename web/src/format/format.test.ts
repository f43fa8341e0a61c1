import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date.ts';
import { formatFen } from './money.ts';

describe('money in fen, shown in yuan', () => {
  it.each([
    [0, '¥0.00', 'CN¥0.00'],
    [1, '¥0.01', 'CN¥0.01'],
    [1005, '¥10.05', 'CN¥10.05'],
    [400_000, '¥4,000.00', 'CN¥4,000.00'],
    [123_456_789, '¥1,234,567.89', 'CN¥1,234,567.89'],
    [-250, '-¥2.50', '-CN¥2.50'],
  ])('%i fen', (fen, zh, en) => {
    expect(formatFen(fen, 'zh-CN')).toBe(zh);
    expect(formatFen(fen, 'en-US')).toBe(en);
  });

  it('keeps every fen exact up to large sums', () => {
    for (let fen = 9_999_999_900; fen < 9_999_999_999; fen += 7) {
      const cents = String(fen % 100).padStart(2, '0');
      expect(formatFen(fen, 'zh-CN').endsWith(`.${cents}`)).toBe(true);
    }
  });

  it('refuses a fraction of a fen, which would mean money was kept as a float', () => {
    expect(() => formatFen(10.5, 'zh-CN')).toThrow(RangeError);
  });
});

describe('dates in the chosen language', () => {
  it('shows a calendar date without shifting it across time zones', () => {
    expect(formatDate('2020-06-30', 'zh-CN')).toBe('2020年6月30日');
    expect(formatDate('2020-06-30', 'en-US')).toBe('Jun 30, 2020');
    expect(formatDate('2021-01-01', 'en-US')).toBe('Jan 1, 2021');
  });

  it('shows a moment in the given time zone', () => {
    const iso = '2026-11-23T06:05:00.000Z';
    expect(formatDateTime(iso, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月23日 14:05');
    expect(formatDateTime(iso, 'en-US', 'Asia/Shanghai')).toBe('Nov 23, 2026, 2:05 PM');
  });

  it('shows an unreadable value as it came rather than "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'zh-CN')).toBe('not a date');
    expect(formatDate('2020-13', 'en-US')).toBe('2020-13');
  });
});
