import { describe, expect, it } from 'vitest';
import { checkMeasure, describeDuplicate, findDuplicateSubsidy, MAX_MEASURE_AMOUNT, type ExistingMeasure, type MeasureCandidate } from './measure-rules.ts';

const dibao: MeasureCandidate = { measureType: 'dibao', memberId: null, startDate: '2024-01-01', endDate: '2024-12-31', amount: 762_000, inKind: null };
const codes = (m: MeasureCandidate) => checkMeasure(m).map((i) => `${i.code}:${i.field}`);

describe('checkMeasure', () => {
  it.each([
    { name: 'a valid dibao', m: dibao, expected: [] },
    { name: 'dibao must be money', m: { ...dibao, amount: null, inKind: '米面油' }, expected: ['MEASURE_AMOUNT_RULE:amount'] },
    { name: 'dibao of zero fen', m: { ...dibao, amount: 0 }, expected: ['MEASURE_AMOUNT_RULE:amount'] },
    { name: 'neither money nor kind', m: { ...dibao, measureType: 'socialDonation', amount: null }, expected: ['MEASURE_AMOUNT_RULE:amount'] },
    { name: 'help in kind is fine for a donation', m: { ...dibao, measureType: 'socialDonation', amount: null, inKind: '棉被 2 床' }, expected: [] },
    { name: 'fractional fen', m: { ...dibao, amount: 10.5 }, expected: ['VALIDATION_FAILED:amount'] },
    { name: 'negative amount', m: { ...dibao, amount: -1 }, expected: ['VALIDATION_FAILED:amount'] },
    { name: 'microloan at its cap of 50 000 yuan', m: { ...dibao, measureType: 'microloan', amount: 5_000_000 }, expected: [] },
    { name: 'microloan above its cap', m: { ...dibao, measureType: 'microloan', amount: 5_000_001 }, expected: ['MEASURE_AMOUNT_RULE:amount'] },
    { name: 'above the general ceiling', m: { ...dibao, amount: MAX_MEASURE_AMOUNT + 1 }, expected: ['MEASURE_AMOUNT_RULE:amount'] },
    { name: 'school aid needs a member', m: { ...dibao, measureType: 'schoolAid' }, expected: ['MEASURE_MEMBER_REQUIRED:memberId'] },
    { name: 'end before start', m: { ...dibao, endDate: '2023-12-31' }, expected: ['VALIDATION_FAILED:endDate'] },
  ] as const)('$name', ({ m, expected }) => {
    expect(codes(m)).toEqual(expected);
  });
});

describe('findDuplicateSubsidy', () => {
  const existing = (over: Partial<ExistingMeasure> = {}): ExistingMeasure => ({ id: 'e1', measureType: 'dibao', memberId: null, startDate: '2024-01-01', endDate: '2024-06-30', status: 'inProgress', ...over });
  it.each([
    { name: 'overlapping dibao for the household', e: existing(), m: dibao, dup: true },
    { name: 'the next period is not a duplicate', e: existing({ startDate: '2023-01-01', endDate: '2023-12-31' }), m: dibao, dup: false },
    { name: 'touching on one day overlaps', e: existing({ startDate: '2023-01-01', endDate: '2024-01-01' }), m: dibao, dup: true },
    { name: 'a cancelled one does not count', e: existing({ status: 'cancelled' }), m: dibao, dup: false },
    { name: 'another type does not count', e: existing({ measureType: 'temporaryAssistance' }), m: dibao, dup: false },
    { name: 'another member does not count', e: existing({ measureType: 'schoolAid', memberId: 1 }), m: { ...dibao, measureType: 'schoolAid', memberId: 2 }, dup: false },
    { name: 'same member same term is a duplicate', e: existing({ measureType: 'schoolAid', memberId: 1 }), m: { ...dibao, measureType: 'schoolAid', memberId: 1 }, dup: true },
    { name: 'one-off measures are never duplicates', e: existing({ measureType: 'temporaryAssistance' }), m: { ...dibao, measureType: 'temporaryAssistance' }, dup: false },
  ] as const)('$name', ({ e, m, dup }) => {
    expect(findDuplicateSubsidy(m, [e]) !== undefined).toBe(dup);
  });

  it('ignores the measure being changed and gives its reason', () => {
    const e = existing();
    expect(findDuplicateSubsidy(dibao, [e], 'e1')).toBeUndefined();
    expect(describeDuplicate(dibao, e)).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'startDate' });
    expect(describeDuplicate(dibao, e).message).toContain('2024-01-01–2024-06-30');
  });
});
