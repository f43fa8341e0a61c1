import { describe, expect, it } from 'vitest';
import { describeChanges, type ValueText } from './history-changes.ts';

const LABELS: Record<string, string> = {
  povertyStatus: '贫困状态', otherCauses: '其他致贫原因', isWaterSafe: '饮水安全', netIncomePerCapita: '人均纯收入', dibao: '低保金',
  items: '核查结果', evidence: '佐证', birthDate: '出生日期', cultivatedLandMu: '耕地面积', name: '姓名', headName: '户主',
};
const ORDER = ['headName', 'villageCode', 'povertyStatus', 'otherCauses', 'isWaterSafe', 'cultivatedLandMu', 'name', 'birthDate', 'netIncomePerCapita', 'dibao', 'items', 'evidence'];
const CODES: Record<string, string> = { 'povertyStatus:poor': '未脱贫', 'povertyStatus:exited': '已脱贫（享受政策）', 'povertyCause:labour': '缺劳力', 'povertyCause:skills': '缺技术', 'basicNeedsResult:pass': '达标', 'basicNeedsItem:food': '不愁吃' };
const text: ValueText = {
  fieldLabel: (f) => LABELS[f],
  codeLabel: (list, code) => CODES[`${list}:${code}`] ?? code,
  money: (fen) => `¥${(fen / 100).toFixed(2)}`,
  date: (iso) => `date(${iso})`,
  yesNo: (v) => (v ? '是' : '否'),
  list: (items) => items.join('、'),
  mu: (v) => `${v} 亩`,
  km: (v) => `${v} 公里`,
  regionName: (code) => (code === '150602101201' ? '九大股村' : code),
  order: (field) => { const i = ORDER.indexOf(field); return i < 0 ? ORDER.length : i; },
  none: '无',
};

describe('a history entry in words', () => {
  it('translates field names and says codes, flags, money, dates and areas as a person would', () => {
    const rows = describeChanges([
      { field: 'povertyStatus', before: 'poor', after: 'exited' },
      { field: 'otherCauses', before: [], after: ['labour', 'skills'] },
      { field: 'isWaterSafe', before: false, after: true },
      { field: 'netIncomePerCapita', before: 398_000, after: 612_345 },
      { field: 'birthDate', before: null, after: '1985-03-12' },
      { field: 'cultivatedLandMu', before: 10, after: 12.5 },
    ], text);
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['贫困状态', '未脱贫', '已脱贫（享受政策）'],
      ['其他致贫原因', '无', '缺劳力、缺技术'],
      ['饮水安全', '否', '是'],
      ['耕地面积', '10 亩', '12.5 亩'],
      ['出生日期', '无', 'date(1985-03-12)'],
      ['人均纯收入', '¥3980.00', '¥6123.45'],
    ]);
  });

  it('leaves out bookkeeping the reader has no use for', () => {
    const rows = describeChanges([
      { field: 'id', before: null, after: 'x' }, { field: 'recordedAt', before: 'a', after: 'b' }, { field: 'headMemberId', before: 'm1', after: 'm2' },
      { field: 'yardstick', before: null, after: { kind: 'povertyLine' } }, { field: 'headName', before: '王建国', after: '李秀兰' },
    ], text);
    expect(rows.map((r) => r.key)).toEqual(['headName']);
  });

  it('shows nested records one item per row, only the items that changed', () => {
    const rows = describeChanges([
      { field: 'transferItems', before: { dibao: 0, pension: 100 }, after: { dibao: 240_000, pension: 100 } },
      { field: 'items', before: null, after: { food: 'pass' } },
      { field: 'evidence', before: {}, after: { food: '粮食充足' } },
    ], text);
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['低保金', '¥0.00', '¥2400.00'],
      ['核查结果 · 不愁吃', '无', '达标'],
      ['佐证 · 不愁吃', '无', '粮食充足'],
    ]);
  });

  it('lists a record\'s first image with only the values it was given, the village by name', () => {
    const rows = describeChanges([
      { field: 'villageCode', before: null, after: '150602101201' }, { field: 'address', before: null, after: null },
      { field: 'otherCauses', before: null, after: [] }, { field: 'headName', before: null, after: '王建国' },
      { field: 'netIncomePerCapita', before: null, after: 0 }, { field: 'transferItems', before: null, after: { dibao: 0 } },
    ], text);
    expect(rows.map((r) => [r.label, r.after])).toEqual([['户主', '王建国'], ['villageCode', '九大股村']]);
  });

  it('shows an unknown field by its name rather than hiding the change', () => {
    expect(describeChanges([{ field: 'newField', before: 1, after: 2 }], text)).toEqual([{ key: 'newField', label: 'newField', before: '1', after: '2' }]);
  });
});
