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
  const households = generate(5000);
  const members = households.flatMap((h) => h.members);

  it('gives the same county for the same seed and a different one for another seed', () => {
    expect(generate(200)).toEqual(households.slice(0, 200));
    const other = generate(200, { seed: 'other' });
    expect(other.map((h) => h.members[0]?.idNumber)).not.toEqual(households.slice(0, 200).map((h) => h.members[0]?.idNumber));
  });

  it('gives every member a valid ID number of the county, unique across the run, agreeing with gender and birth date', () => {
    const seen = new Set<string>();
    for (const m of members) {
      const parsed = parseIdNumber(m.idNumber, DEFAULT_REFERENCE_DATE);
      if (!parsed.ok) throw new Error(`${m.idNumber}: ${parsed.message}`);
      expect(parsed.facts.regionPrefix).toBe('150602');
      expect(parsed.facts.gender).toBe(m.gender);
      expect(parsed.facts.birthDate).toBe(m.birthDate);
      seen.add(m.idNumber);
    }
    expect(seen.size).toBe(members.length);
  });

  it('keeps households of 1 to 7 people with one head first, mostly 3 or 4 people', () => {
    const sizes = households.map((h) => h.members.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(7);
    expect(share(sizes, (s) => s === 3 || s === 4)).toBeGreaterThan(0.4);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2.8);
    expect(mean).toBeLessThan(3.5);
    for (const h of households) {
      expect(h.members[0]?.relationToHead).toBe('self');
      expect(h.members.filter((m) => m.relationToHead === 'self')).toHaveLength(1);
      expect(h.members.filter((m) => m.relationToHead === 'spouse').length).toBeLessThanOrEqual(1);
    }
  });

  it('makes relations agree with ages and genders', () => {
    for (const h of households) {
      const [head, ...others] = h.members.map((m) => ({ ...m, age: computeAge(m.birthDate, DEFAULT_REFERENCE_DATE) }));
      if (!head) throw new Error('no head');
      expect(head.age).toBeGreaterThanOrEqual(25);
      expect(head.age).toBeLessThanOrEqual(88);
      for (const m of others) {
        expect(relationsToHead.has(m.relationToHead)).toBe(true);
        if (m.relationToHead === 'spouse') {
          expect(m.gender).not.toBe(head.gender);
          expect(Math.abs(m.age - head.age)).toBeLessThanOrEqual(8);
        }
        if (m.relationToHead === 'son' || m.relationToHead === 'daughter') expect(head.age - m.age).toBeGreaterThanOrEqual(18);
        if (m.relationToHead === 'grandchild') expect(head.age - m.age).toBeGreaterThanOrEqual(40);
        if (m.relationToHead === 'parent') expect(m.age - head.age).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('makes illness the most common main cause, at about 40 %, with at most two other causes', () => {
    const counts = new Map<string, number>();
    for (const h of households) counts.set(h.mainCause, (counts.get(h.mainCause) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('illness');
    expect(share(households, (h) => h.mainCause === 'illness')).toBeGreaterThan(0.33);
    expect(share(households, (h) => h.mainCause === 'illness')).toBeLessThan(0.47);
    for (const h of households) {
      expect(h.otherCauses.length).toBeLessThanOrEqual(2);
      expect(h.otherCauses).not.toContain(h.mainCause);
    }
    // An illness household has an ill member.
    for (const h of households.filter((x) => x.mainCause === 'illness')) {
      expect(h.members.some((m) => m.healthStatus !== 'healthy')).toBe(true);
    }
  });

  it('mixes statuses, types and years as registered: mostly exited general households', () => {
    expect(share(households, (h) => h.povertyStatus === 'exited')).toBeGreaterThan(0.6);
    expect(share(households, (h) => h.povertyStatus === 'poor')).toBeGreaterThan(0.01);
    expect(share(households, (h) => h.householdType === 'general')).toBeGreaterThan(0.6);
    expect(share(households, (h) => h.householdType === 'dibao')).toBeGreaterThan(0.1);
    expect(share(households, (h) => h.householdType === 'extremePovertySupport')).toBeGreaterThan(0.01);
    for (const h of households) {
      if (h.yearIdentified !== null) expect(h.yearIdentified).toBeGreaterThanOrEqual(2014);
      if (h.yearIdentified !== null) expect(h.yearIdentified).toBeLessThanOrEqual(2019);
      if (h.yearExited !== null) {
        expect(h.yearExited).toBeGreaterThanOrEqual(Math.max(2016, (h.yearIdentified ?? 0) + 1));
        expect(h.yearExited).toBeLessThanOrEqual(2020);
      }
      if (h.povertyStatus === 'poor') expect(h.yearExited).toBeNull();
    }
  });

  it('is mostly Han with a Mongol minority in Inner Mongolia, and labour follows age', () => {
    expect(share(members, (m) => m.ethnicity === '01')).toBeGreaterThan(0.8);
    expect(share(members, (m) => m.ethnicity === '02')).toBeGreaterThan(0.04);
    for (const m of members) {
      const age = computeAge(m.birthDate, DEFAULT_REFERENCE_DATE);
      if (age < 16) expect(m.laborCapacity).toBe('none');
      if (m.employmentKind !== 'none') expect(['ordinary', 'skilled']).toContain(m.laborCapacity);
      if (age >= 7 && age <= 11) expect(m.schoolStatus).toBe('primary');
    }
  });

  it('computes incomes as the registry does, around the poverty line and above it once exited', () => {
    const perCapita: number[] = [];
    for (const h of households) {
      expect(h.incomes.map((i) => i.year)).toEqual([2023, 2024]);
      for (const income of h.incomes) {
        expect(income.householdSize).toBe(h.members.length);
        expect(income.transferIncome).toBe(sumTransferItems(income.transferItems));
        const computed = computeNetIncome(income, income.householdSize);
        expect(income.netIncome).toBe(computed.netIncome);
        expect(income.netIncomePerCapita).toBe(computed.netIncomePerCapita);
        for (const amount of [income.wageIncome, income.businessIncome, income.businessCosts, income.propertyIncome]) {
          expect(Number.isInteger(amount) && amount >= 0).toBe(true);
        }
      }
      const latest = h.incomes[1];
      if (!latest) throw new Error('no latest income');
      expect(latest.wageIncome).toBe(h.members.reduce((sum, m) => sum + m.employmentIncome, 0));
      if (h.members.some((m) => m.receivesDibao)) expect(latest.transferItems.dibao).toBeGreaterThan(0);
      perCapita.push(latest.netIncomePerCapita / 100);
    }
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
    for (const h of households) {
      expect(VILLAGES.map((v) => v.code)).toContain(h.villageCode);
      expect(h.householdNo.startsWith(`${h.villageCode}-`)).toBe(true);
    }
  });

  it('records basic-needs checks for a sample, failing schooling only where a child dropped out', () => {
    const checked = households.filter((h) => h.basicNeedsCheck);
    expect(checked.length / households.length).toBeGreaterThan(0.05);
    expect(checked.length / households.length).toBeLessThan(0.15);
    for (const h of checked) {
      const hasDropout = h.members.some((m) => m.schoolStatus === 'dropout');
      expect(h.basicNeedsCheck?.compulsoryEducation === 'fail').toBe(hasDropout);
    }
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
