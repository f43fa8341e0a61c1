import { describe, expect, it } from 'vitest';
import { FEED_DEFINITIONS, canDepartmentSendFeed } from './feed-definitions.ts';
import { feedRowKey, mapFeedHeaders, validateFeedRow } from './feed-row.ts';
import { parseFeedDate, parseFeedMonth, parseFeedYuan } from './feed-values.ts';

const ID = '150602198001010011';
const TODAY = '2024-12-31';

describe('feed values', () => {
  it.each([
    ['2024-06-03', '2024-06-03'], ['2024/6/3', '2024-06-03'], ['2024年6月3日', '2024-06-03'], ['20240603', '2024-06-03'], ['45446', '2024-06-03'],
  ])('date %s is %s', (raw, iso) => expect(parseFeedDate(raw, TODAY)).toEqual({ ok: true, value: iso }));
  it.each([['2024-02-30'], ['2025-01-01'], ['soon']])('date %s is refused', (raw) => expect(parseFeedDate(raw, TODAY).ok).toBe(false));
  it('months become their first day', () => {
    expect(parseFeedMonth('2024年6月', TODAY)).toEqual({ ok: true, value: '2024-06-01' });
    expect(parseFeedMonth('2024-13', TODAY).ok).toBe(false);
  });
  it.each([
    ['1234.56', 123_456], ['1,234.5', 123_450], ['800元', 80_000], ['0', 0],
  ])('%s yuan is %i fen', (raw, fen) => expect(parseFeedYuan(raw)).toEqual({ ok: true, value: fen }));
  it.each([['-1'], ['1.234'], ['abc']])('%s is refused', (raw) => expect(parseFeedYuan(raw).ok).toBe(false));
});

describe('medical costs rows', () => {
  const def = FEED_DEFINITIONS.medicalCosts;
  const row = { settlementNo: 'S1', name: '王建国', idNumber: ID, settledOn: '2024/5/8', totalCost: '20000', outOfPocket: '8000.5', isInpatient: '是' };
  it('maps Chinese or English headers and names missing required columns', () => {
    const { indexes, missing } = mapFeedHeaders(def, ['结算单号', 'Name', '公民身份号码', '结算日期', '医疗总费用（元）', '个人自付(元)']);
    expect(indexes).toMatchObject({ settlementNo: 0, name: 1, idNumber: 2, settledOn: 3, totalCost: 4, outOfPocket: 5 });
    expect(missing.map((c) => c.zh)).toEqual(['是否住院']);
  });
  it('builds a record in fen with its key', () => {
    const r = validateFeedRow(def, row, TODAY);
    expect(r).toEqual({ ok: true, record: { idNumber: ID, name: '王建国', eventDate: '2024-05-08', amount: 800_050, amount2: 2_000_000, code: 'yes', detail: { settlementNo: 'S1' } } });
    if (r.ok) expect(feedRowKey(def, r.record)).toBe('2024-05-08|yes|S1');
  });
  it('names every bad cell, masking the ID number', () => {
    const r = validateFeedRow(def, { ...row, idNumber: '150602198001010016', settledOn: '2024-02-30' }, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.column)).toEqual(['公民身份号码', '结算日期']);
      expect(r.issues[0]?.value).toBe('1506**********0016');
    }
    const over = validateFeedRow(def, { ...row, outOfPocket: '30000' }, TODAY);
    expect(over.ok ? [] : over.issues.map((i) => i.message)).toEqual(['is larger than the total']);
  });
  it('resolves code lists by Chinese label', () => {
    const r = validateFeedRow(FEED_DEFINITIONS.socialAssistanceRoll, { name: '李秀英', idNumber: ID, assistanceKind: '低保', rollMonth: '2024-11', monthlyAmount: '635' }, TODAY);
    expect(r.ok && r.record).toMatchObject({ code: 'dibao', eventDate: '2024-11-01', amount: 63_500 });
    const bad = validateFeedRow(FEED_DEFINITIONS.socialAssistanceRoll, { name: '李秀英', idNumber: ID, assistanceKind: '五保', rollMonth: '2024-11', monthlyAmount: '635' }, TODAY);
    expect(bad.ok).toBe(false);
  });
});

describe('who sends which feed', () => {
  it('matches the department', () => {
    expect(canDepartmentSendFeed('healthcareSecurity', 'medicalCosts')).toBe(true);
    expect(canDepartmentSendFeed('civilAffairs', 'medicalCosts')).toBe(false);
    expect(canDepartmentSendFeed('health', 'deaths')).toBe(true);
    expect(canDepartmentSendFeed(null, 'deaths')).toBe(false);
  });
});
