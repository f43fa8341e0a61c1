import { describe, expect, it } from 'vitest';
import { ageOn, assessLabourStanding, summarizeLabourForce, type LabourMember } from './labour-force.ts';

const workingAge = { minAge: 16, maxAge: 60 };
const adult: LabourMember = { id: 1, birthDate: '1980-05-10', laborCapacity: 'ordinary', schoolStatus: 'notInSchool', isDeceased: false, movedOutOn: null };

describe('ageOn', () => {
  it.each([
    ['2000-03-01', '2020-02-29', 19],
    ['2000-03-01', '2020-03-01', 20],
    ['2004-02-29', '2020-02-28', 15],
    ['2004-02-29', '2020-02-29', 16],
  ])('born %s is on %s aged %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('assessLabourStanding', () => {
  it.each<[string, Partial<LabourMember>, string[]]>([
    ['an adult who can work', {}, []],
    ['a skilled worker', { laborCapacity: 'skilled' }, []],
    ['a dropout of 17 who can work', { birthDate: '2003-01-01', schoolStatus: 'dropout' }, []],
    ['a 15-year-old', { birthDate: '2005-06-01' }, ['belowWorkingAge']],
    ['a man of 61', { birthDate: '1959-01-01' }, ['aboveWorkingAge']],
    ['a student of 18', { birthDate: '2002-01-01', schoolStatus: 'undergraduate' }, ['inSchool']],
    ['someone who lost capacity', { laborCapacity: 'lost' }, ['noLaborCapacity']],
    ['someone with none', { laborCapacity: 'none' }, ['noLaborCapacity']],
    ['the deceased', { isDeceased: true }, ['deceased']],
    ['a member who moved out', { movedOutOn: '2019-12-31' }, ['movedOut']],
  ])('%s', (_name, changes, exclusions) => {
    const standing = assessLabourStanding({ ...adult, ...changes }, '2020-06-30', workingAge);
    expect(standing.exclusions).toEqual(exclusions);
    expect(standing.isLabourForce).toBe(exclusions.length === 0);
  });

  it('counts the bounds inclusively', () => {
    expect(assessLabourStanding({ ...adult, birthDate: '1960-06-30' }, '2020-06-30', workingAge).isLabourForce).toBe(true);
    expect(assessLabourStanding({ ...adult, birthDate: '2004-06-30' }, '2020-06-30', workingAge).isLabourForce).toBe(true);
  });

  it('follows the policy bounds it is given', () => {
    expect(assessLabourStanding({ ...adult, birthDate: '1962-01-01' }, '2020-06-30', { minAge: 16, maxAge: 55 }).exclusions).toEqual(['aboveWorkingAge']);
  });
});

describe('summarizeLabourForce', () => {
  it('counts the employed among the labour force only', () => {
    const standings = [
      assessLabourStanding({ ...adult, id: 1 }, '2020-06-30', workingAge),
      assessLabourStanding({ ...adult, id: 2 }, '2020-06-30', workingAge),
      assessLabourStanding({ ...adult, id: 3, laborCapacity: 'none' }, '2020-06-30', workingAge),
    ];
    expect(summarizeLabourForce(standings, new Set([1, 3]))).toEqual({ members: 3, labourForce: 2, employed: 1, notEmployed: 1 });
  });
});
