import { describe, expect, it } from 'vitest';
import { matchAssistancePlan, type PlanInput, type PlanMeasure, type PlanMember } from './assistance-plan.ts';
import { measureTypes, MEASURE_TYPE_RULES, measureTypesForCause } from './measure-types.ts';
import { povertyCauses } from '../codes/registry-codes.ts';

const worker: PlanMember = { id: 1, laborCapacity: 'ordinary', isCurrent: true };
const child: PlanMember = { id: 2, laborCapacity: 'none', isCurrent: true };
const measure = (id: string, measureType: PlanMeasure['measureType'], status: PlanMeasure['status'] = 'inProgress'): PlanMeasure => ({ id, measureType, status });
const base: PlanInput = { mainCause: 'illness', otherCauses: [], risks: [], members: [child], measures: [] };

describe('the measure-type catalogue', () => {
  it('answers every poverty cause with at least one type', () => {
    for (const cause of povertyCauses.codes) expect(measureTypesForCause(cause).length, cause).toBeGreaterThan(0);
  });
  it('has rules for every catalogued type and labels in both languages', () => {
    for (const item of measureTypes.items) {
      expect(MEASURE_TYPE_RULES[item.code].code).toBe(item.code);
      expect(item.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(item.en).not.toBe('');
    }
  });
});

describe('matchAssistancePlan', () => {
  it.each([
    { name: 'medical aid answers illness', input: { ...base, measures: [measure('a', 'medicalAid')] }, answered: ['illness'], unanswered: [] },
    { name: 'a cancelled measure answers nothing', input: { ...base, measures: [measure('a', 'medicalAid', 'cancelled')] }, answered: [], unanswered: ['illness'] },
    { name: 'a planned measure counts for the plan', input: { ...base, measures: [measure('a', 'medicalAid', 'planned')] }, answered: ['illness'], unanswered: [] },
    { name: 'school aid does not answer illness', input: { ...base, otherCauses: ['schooling'], measures: [measure('a', 'schoolAid')] }, answered: ['schooling'], unanswered: ['illness'] },
    { name: 'one dibao answers illness and disability', input: { ...base, otherCauses: ['disability'], measures: [measure('a', 'dibao')] }, answered: ['illness', 'disability'], unanswered: [] },
    { name: 'a repeated cause is listed once', input: { ...base, otherCauses: ['illness', 'water'] }, answered: [], unanswered: ['illness', 'water'] },
    { name: 'no causes, nothing to answer', input: { ...base, mainCause: null }, answered: [], unanswered: [] },
  ] as const)('$name', ({ input, answered, unanswered }) => {
    const plan = matchAssistancePlan(input);
    expect(plan.items.filter((i) => i.isAnswered).map((i) => i.code)).toEqual(answered);
    expect(plan.unansweredCauses).toEqual(unanswered);
  });

  it('marks the main cause and names the measures and suggested types', () => {
    const plan = matchAssistancePlan({ ...base, otherCauses: ['water'], measures: [measure('a', 'medicalAid'), measure('b', 'insurance')] });
    expect(plan.items[0]).toMatchObject({ kind: 'cause', code: 'illness', isMain: true, answeredBy: ['a', 'b'] });
    expect(plan.items[0]?.suggestedTypes).toContain('medicalAid');
    expect(plan.items[1]).toMatchObject({ code: 'water', isMain: false, answeredBy: [], suggestedTypes: ['relocation', 'drinkingWater'] });
  });

  it('maps monitoring risks to the measures answering them', () => {
    const plan = matchAssistancePlan({ ...base, mainCause: null, risks: ['housing', 'unstableEmployment'], measures: [measure('a', 'housingRenovation')] });
    expect(plan.items.map((i) => [i.kind, i.code, i.isAnswered])).toEqual([['risk', 'housing', true], ['risk', 'unstableEmployment', false]]);
    expect(plan.unansweredRisks).toEqual(['unstableEmployment']);
  });

  it.each([
    { name: 'labour and no developmental measure is flagged', members: [worker, child], measures: [measure('a', 'dibao')], flagged: true },
    { name: 'labour with a public welfare post is not', members: [worker], measures: [measure('a', 'publicWelfarePost')], flagged: false },
    { name: 'labour with an industry subsidy is not', members: [worker], measures: [measure('a', 'industrySubsidy')], flagged: false },
    { name: 'training alone is not employment', members: [worker], measures: [measure('a', 'training')], flagged: true },
    { name: 'a cancelled employment measure does not count', members: [worker], measures: [measure('a', 'employment', 'cancelled')], flagged: true },
    { name: 'no one able to work is never flagged', members: [child, { id: 3, laborCapacity: 'lost', isCurrent: true }], measures: [], flagged: false },
    { name: 'a worker who moved out is not labour', members: [{ ...worker, isCurrent: false }], measures: [], flagged: false },
    { name: 'skilled labour counts', members: [{ ...worker, laborCapacity: 'skilled' }], measures: [], flagged: true },
  ] as const)('$name', ({ members, measures, flagged }) => {
    expect(matchAssistancePlan({ ...base, members, measures }).lacksDevelopmentalMeasure).toBe(flagged);
  });
});
