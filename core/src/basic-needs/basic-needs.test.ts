import { describe, expect, it } from 'vitest';
import { evaluateBasicNeeds, type BasicNeedsItems } from './basic-needs.ts';

const allPass: BasicNeedsItems = {
  food: 'pass', clothing: 'pass', compulsoryEducation: 'pass',
  medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass',
};

describe('evaluateBasicNeeds', () => {
  it('is secured when every item passes', () => {
    expect(evaluateBasicNeeds(allPass)).toEqual({ isSecured: true, failedItems: [] });
  });

  it('counts not applicable as secured', () => {
    expect(evaluateBasicNeeds({ ...allPass, compulsoryEducation: 'notApplicable' }).isSecured).toBe(true);
  });

  it('names every failed item in the order of the code list', () => {
    expect(evaluateBasicNeeds({ ...allPass, drinkingWaterSafety: 'fail', housingSafety: 'fail' })).toEqual({
      isSecured: false, failedItems: ['housingSafety', 'drinkingWaterSafety'],
    });
  });
});
