import { describe, expect, it } from 'vitest';
import { cellText, excelSerialToIsoDate, parseFlag, parseImportDate, parseWholeNumber, parseYuanToFen } from './import-cells.ts';
import { findHeaderRow, matchHeaders } from './import-headers.ts';
import { HOUSEHOLD_COLUMNS } from './registry-import-columns.ts';
import { parseImportRow } from './import-row.ts';

describe('import cells', () => {
  it.each([
    ['2020-06-03', '2020-06-03'],
    ['2020/6/3', '2020-06-03'],
    ['2020年6月3日', '2020-06-03'],
    [' ２０２０年６月３日 ', '2020-06-03'],
    ['2020.06.03', '2020-06-03'],
    ['20200603', '2020-06-03'],
    [43985, '2020-06-03'],
    ['43985', '2020-06-03'],
  ])('reads the date %j as %s', (cell, iso) => {
    expect(parseImportDate(cell)).toEqual({ ok: true, value: iso });
  });

  it('refuses dates that are not on the calendar, naming them', () => {
    expect(parseImportDate('2021/2/30')).toEqual({ ok: false, message: '2021/2/30 is not a real calendar date' });
    expect(parseImportDate('六月三日').ok).toBe(false);
  });

  it('counts Excel serials across the 1900 leap-year bug', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(44197)).toBe('2021-01-01');
  });

  it('turns full-width digits and spaces into plain ones', () => {
    expect(cellText('　１５０６０２　')).toBe('150602');
    expect(parseWholeNumber('１２', 0, 12)).toEqual({ ok: true, value: 12 });
    expect(parseWholeNumber('13', 0, 12)).toEqual({ ok: false, message: '13 is outside 0–12' });
  });

  it('reads yuan into fen without rounding and refuses a third decimal', () => {
    expect(parseYuanToFen('1,234.5')).toEqual({ ok: true, value: 123_450 });
    expect(parseYuanToFen(0.1)).toEqual({ ok: true, value: 10 });
    expect(parseYuanToFen('1.234').ok).toBe(false);
    expect(parseYuanToFen('-5').ok).toBe(false);
  });

  it('reads yes and no in Chinese and English', () => {
    expect(['是', '有', 'Yes', '1', '√'].map((v) => parseFlag(v))).toEqual(Array(5).fill({ ok: true, value: true }));
    expect(['否', '无', 'no', 0].map((v) => parseFlag(v))).toEqual(Array(4).fill({ ok: true, value: false }));
    expect(parseFlag('也许').ok).toBe(false);
  });
});

describe('import headers and rows', () => {
  const title = ['贫困户信息采集表'];
  const groups = ['家庭基本情况', null, null, '家庭成员'];
  const header = ['户编号', '行政村', '贫困户属性 *', '姓名', 'ID Number', '与户主关系', '劳动技能', '备注'];

  it('skips a title and a row of column groups, matches Chinese and English headers, lists unknown ones', () => {
    const rows = [title, groups, header];
    const at = findHeaderRow(rows, HOUSEHOLD_COLUMNS);
    expect(at).toBe(2);
    const match = matchHeaders(rows.slice(at), HOUSEHOLD_COLUMNS);
    expect([...match.columns.values()].map((c) => c.key)).toEqual(['householdNo', 'village', 'householdType', 'name', 'idNumber', 'relationToHead', 'laborCapacity']);
    expect(match.unknown).toEqual(['备注']);
  });

  it('takes a header merged over two rows from the row above', () => {
    const match = matchHeaders([['户编号', '家庭成员'], [null, '姓名']], HOUSEHOLD_COLUMNS);
    expect([...match.columns.values()].map((c) => c.key)).toEqual(['householdNo', 'name']);
  });

  it('reads code-list values by label, national code or code, and reports the rest', () => {
    const match = matchHeaders([header], HOUSEHOLD_COLUMNS);
    const parsed = parseImportRow('户', 4, ['ＨＨ-1 ', '150602101201', '1', '王 五', '150602198503120026', '户主', '劳动力', 'x'], match);
    expect(parsed.values).toMatchObject({ householdNo: 'HH-1', householdType: 'general', relationToHead: 'self', laborCapacity: null });
    expect(parsed.problems).toEqual([
      { sheet: '户', row: 4, column: '劳动技能', value: '劳动力', code: 'unknownCode', message: '劳动力 is not in the list laborCapacity' },
    ]);
  });
});
