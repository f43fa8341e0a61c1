import { describe, expect, it } from 'vitest';
import { checkOtherCauses } from './cause-rules.ts';
import { findCompositionIssues, findRepeatedIdNumbers } from './relation-rules.ts';

describe('relation-to-head rules on the member rows', () => {
  it('accepts one head with a spouse and children', () => {
    const issues = findCompositionIssues([{ relationToHead: 'self' }, { relationToHead: 'spouse' }, { relationToHead: 'son' }, { relationToHead: 'daughter' }]);
    expect(issues).toEqual({ rows: new Map(), isHeadMissing: false });
  });

  it('marks the second head, not the first', () => {
    const issues = findCompositionIssues([{ relationToHead: 'self' }, { relationToHead: 'son' }, { relationToHead: 'self' }]);
    expect([...issues.rows]).toEqual([[2, 'secondHead']]);
    expect(issues.isHeadMissing).toBe(false);
  });

  it('marks the second spouse', () => {
    const issues = findCompositionIssues([{ relationToHead: 'self' }, { relationToHead: 'spouse' }, { relationToHead: 'spouse' }]);
    expect([...issues.rows]).toEqual([[2, 'secondSpouse']]);
  });

  it('says the head is missing when no row is the head, even before relations are chosen', () => {
    expect(findCompositionIssues([{ relationToHead: 'spouse' }, {}]).isHeadMissing).toBe(true);
    expect(findCompositionIssues([undefined]).isHeadMissing).toBe(true);
  });

  it('refuses a deceased head', () => {
    const issues = findCompositionIssues([{ relationToHead: 'son' }, { relationToHead: 'self', isDeceased: true }]);
    expect([...issues.rows]).toEqual([[1, 'deceasedHead']]);
  });
});

describe('other causes of poverty', () => {
  it('accepts up to two others different from the main cause', () => {
    expect(checkOtherCauses('illness', [])).toBeUndefined();
    expect(checkOtherCauses('illness', ['labour', 'skills'])).toBeUndefined();
    expect(checkOtherCauses(null, [])).toBeUndefined();
  });

  it('refuses repeating the main cause, repeats, more than two, and others without a main cause', () => {
    expect(checkOtherCauses('illness', ['illness'])).toBe('repeatsMain');
    expect(checkOtherCauses('illness', ['labour', 'labour'])).toBe('repeated');
    expect(checkOtherCauses('illness', ['labour', 'skills', 'land'])).toBe('tooMany');
    expect(checkOtherCauses(null, ['labour'])).toBe('needsMain');
  });
});

describe('the same ID number entered twice', () => {
  const upper = (s: string) => s.trim().toUpperCase();
  it('is marked on the later row, pointing at the earlier one', () => {
    expect([...findRepeatedIdNumbers(['11010519491231002X', '150602198503120026', ' 11010519491231002x'], upper)]).toEqual([[2, 0]]);
  });
  it('ignores rows without a number yet', () => {
    expect(findRepeatedIdNumbers(['', undefined, ''], upper).size).toBe(0);
  });
});
