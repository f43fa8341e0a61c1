import { computeAge, computeNetIncome, parseIdNumber, relationsToHead, sumTransferItems } from '@fupin/core';
import { describe, expect, it } from 'vitest';
import { chooseDemoVillages, shortVillageName } from './demo-county.ts';
import { createDemoCountyGenerator, DEFAULT_REFERENCE_DATE, type DemoCountyOptions } from './demo-generator.ts';
import type { DemoHousehold } from './demo-types.ts';

const VILLAGES = [
  { code: '150602101201', name: '九成功村', townshipName: '罕台镇' },
  { code: '150602101202', name: '布日都梁村', townshipName: '罕台镇' },
  { code: '150602102200', name: '潮脑梁村', townshipName: '铜川镇' },
];
const OPTIONS: DemoCountyOptions = { seed: 'test', countyCode: '150602', countyName: '东胜区', provinceName: '内蒙古自治区', villages: VILLAGES };

function generate(count: number, options: Partial<DemoCountyOptions> = {}): DemoHousehold[] {
  const generator = createDemoCountyGenerator({ ...OPTIONS, ...options });
  return Array.from({ length: count }, () => generator.nextHousehold());
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

describe('demo county generator', () => {
  const households = generate(3000);
  const members = households.flatMap((h) => h.members);

  it('gives the same county for the same seed and a different one for another seed', () => {
    expect(generate(200)).toEqual(households.slice(0, 200));
    const other = generate(200, { seed: 'other' });
    expect(other.map((h) => h.members[0]?.idNumber)).not.toEqual(households.slice(0, 200).map((h) => h.members[0]?.idNumber));
  });

  it('gives every member a valid ID number of the county, unique across the run, agreeing with gender and birth date', () => {
    const problems = members.flatMap((m) => {
      const parsed = parseIdNumber(m.idNumber, DEFAULT_REFERENCE_DATE);
      if (!parsed.ok) return [`${m.idNumber}: ${parsed.message}`];
      const { regionPrefix, gender, birthDate } = parsed.facts;
      return regionPrefix === '150602' && gender === m.gender && birthDate === m.birthDate ? [] : [`${m.idNumber} disagrees with ${m.gender} ${m.birthDate}`];
    });
    expect(problems).toEqual([]);
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(members.length);
  });

  it('keeps households of 1 to 7 people with one head first, mostly 3 or 4 people', () => {
    const sizes = households.map((h) => h.members.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(7);
    expect(share(sizes, (s) => s === 3 || s === 4)).toBeGreaterThan(0.4);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(3.5);
    const badComposition = households.filter((h) => h.members[0]?.relationToHead !== 'self'
      || h.members.filter((m) => m.relationToHead === 'self').length !== 1
      || h.members.filter((m) => m.relationToHead === 'spouse').length > 1);
    expect(badComposition).toEqual([]);
  });

  it('makes relations agree with ages and genders', () => {
    const problems: string[] = [];
    for (const h of households) {
      const [head, ...others] = h.members.map((m) => ({ ...m, age: computeAge(m.birthDate, DEFAULT_REFERENCE_DATE) }));
      if (!head) throw new Error('no head');
      if (head.age < 25 || head.age > 88) problems.push(`${h.householdNo}: head aged ${head.age}`);
      for (const m of others) {
        const gap = head.age - m.age;
        const wrong = !relationsToHead.has(m.relationToHead)
          || (m.relationToHead === 'spouse' && (m.gender === head.gender || Math.abs(gap) > 8))
          || ((m.relationToHead === 'son' || m.relationToHead === 'daughter') && gap < 18)
          || (m.relationToHead === 'grandchild' && gap < 40)
          || (m.relationToHead === 'parent' && -gap < 18);
        if (wrong) problems.push(`${h.householdNo}: ${m.relationToHead} ${m.gender} aged ${m.age}, head ${head.gender} aged ${head.age}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes illness the most common main cause, at about 40 %, with at most two other causes', () => {
    const counts = new Map<string, number>();
    for (const h of households) counts.set(h.mainCause, (counts.get(h.mainCause) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('illness');
    expect(share(households, (h) => h.mainCause === 'illness')).toBeGreaterThan(0.33);
    expect(share(households, (h) => h.mainCause === 'illness')).toBeLessThan(0.47);
    expect(households.filter((h) => h.otherCauses.length > 2 || h.otherCauses.includes(h.mainCause))).toEqual([]);
    // An illness household has an ill member.
    expect(households.filter((h) => h.mainCause === 'illness' && h.members.every((m) => m.healthStatus === 'healthy'))).toEqual([]);
  });

  it('mixes statuses, types and years as registered: mostly exited general households', () => {
    expect(share(households, (h) => h.povertyStatus === 'exited')).toBeGreaterThan(0.6);
    expect(share(households, (h) => h.povertyStatus === 'poor')).toBeGreaterThan(0.01);
    expect(share(households, (h) => h.householdType === 'general')).toBeGreaterThan(0.6);
    expect(share(households, (h) => h.householdType === 'dibao')).toBeGreaterThan(0.1);
    expect(share(households, (h) => h.householdType === 'extremePovertySupport')).toBeGreaterThan(0.01);
    const badYears = households.filter((h) => (h.yearIdentified !== null && (h.yearIdentified < 2014 || h.yearIdentified > 2019))
      || (h.yearExited !== null && (h.yearExited < Math.max(2016, (h.yearIdentified ?? 0) + 1) || h.yearExited > 2020))
      || (h.povertyStatus === 'poor' && h.yearExited !== null));
    expect(badYears).toEqual([]);
  });

  it('is mostly Han with a Mongol minority in Inner Mongolia, and labour follows age', () => {
    expect(share(members, (m) => m.ethnicity === '01')).toBeGreaterThan(0.8);
    expect(share(members, (m) => m.ethnicity === '02')).toBeGreaterThan(0.04);
    const wrong = members.filter((m) => {
      const age = computeAge(m.birthDate, DEFAULT_REFERENCE_DATE);
      return (age < 16 && m.laborCapacity !== 'none')
        || (m.employmentKind !== 'none' && m.laborCapacity !== 'ordinary' && m.laborCapacity !== 'skilled')
        || (age >= 7 && age <= 11 && m.schoolStatus !== 'primary');
    });
    expect(wrong).toEqual([]);
  });

  it('computes incomes as the registry does, around the poverty line and above it once exited', () => {
    const perCapita: number[] = [];
    const problems: string[] = [];
    for (const h of households) {
      if (h.incomes.map((i) => i.year).join() !== '2023,2024') problems.push(`${h.householdNo}: years ${h.incomes.map((i) => i.year).join()}`);
      for (const income of h.incomes) {
        const computed = computeNetIncome(income, income.householdSize);
        const amounts = [income.wageIncome, income.businessIncome, income.businessCosts, income.propertyIncome];
        if (income.householdSize !== h.members.length
          || income.transferIncome !== sumTransferItems(income.transferItems)
          || income.netIncome !== computed.netIncome
          || income.netIncomePerCapita !== computed.netIncomePerCapita
          || !amounts.every((a) => Number.isInteger(a) && a >= 0)) problems.push(`${h.householdNo} ${income.year}: ${JSON.stringify(income)}`);
      }
      const latest = h.incomes[1];
      if (!latest) throw new Error('no latest income');
      if (latest.wageIncome !== h.members.reduce((sum, m) => sum + m.employmentIncome, 0)) problems.push(`${h.householdNo}: wages differ from employment`);
      if (h.members.some((m) => m.receivesDibao) && latest.transferItems.dibao <= 0) problems.push(`${h.householdNo}: dibao household without dibao income`);
      perCapita.push(latest.netIncomePerCapita / 100);
    }
    expect(problems).toEqual([]);
    perCapita.sort((a, b) => a - b);
    const median = perCapita[perCapita.length >> 1] ?? 0;
    expect(median).toBeGreaterThan(6000);
    expect(median).toBeLessThan(13000);
    expect(perCapita[Math.floor(perCapita.length * 0.05)]).toBeGreaterThan(3000);
    expect(perCapita[Math.floor(perCapita.length * 0.9)]).toBeLessThan(20000);
  });

  it('numbers households per village and places them only in the given villages', () => {
    const numbers = new Set(households.map((h) => h.householdNo));
    expect(numbers.size).toBe(households.length);
    expect(households[0]?.householdNo).toMatch(/^1506021\d{5}-00001$/);
    const codes = new Set(VILLAGES.map((v) => v.code));
    expect(households.filter((h) => !codes.has(h.villageCode) || !h.householdNo.startsWith(`${h.villageCode}-`))).toEqual([]);
  });

  it('records basic-needs checks for a sample, failing schooling only where a child dropped out', () => {
    const checked = households.filter((h) => h.basicNeedsCheck);
    expect(checked.length / households.length).toBeGreaterThan(0.05);
    expect(checked.length / households.length).toBeLessThan(0.15);
    expect(checked.filter((h) => (h.basicNeedsCheck?.compulsoryEducation === 'fail') !== h.members.some((m) => m.schoolStatus === 'dropout'))).toEqual([]);
  });
});

describe('demo villages', () => {
  it('prefers rural villages over urban communities and shortens their names', () => {
    const regions = [
      { code: '150602101', name: '罕台镇', level: 'township', parentCode: '150602' },
      { code: '150602101001', name: '庆丰社区', level: 'village', parentCode: '150602101' },
      { code: '150602101201', name: '九成功村委会', level: 'village', parentCode: '150602101' },
      { code: '150602101209', name: '新村社区', level: 'village', parentCode: '150602101' },
    ];
    expect(chooseDemoVillages(regions)).toEqual([{ code: '150602101201', name: '九成功村', townshipName: '罕台镇' }]);
    expect(chooseDemoVillages(regions.filter((r) => r.code !== '150602101201')).map((v) => v.code)).toEqual(['150602101001', '150602101209']);
    expect(shortVillageName('巴音嘎查村民委员会')).toBe('巴音嘎查');
  });
});
