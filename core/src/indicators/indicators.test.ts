import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAlkireFoster, validateAfSpec, type AfObservation, type AfSpec } from './alkire-foster.ts';
import { computeFgt, computeFgtAlpha, fgtFromSums, sumFgt } from './fgt.ts';

describe('Foster–Greer–Thorbecke', () => {
  // Hand example: incomes 7, 3, 4, 8 against a line of 5. Poor: 3 and 4, gaps 2/5 and 1/5.
  // P0 = 2/4 = 0.5; P1 = (0.4 + 0.2)/4 = 0.15; P2 = (0.16 + 0.04)/4 = 0.05.
  const people = [7, 3, 4, 8].map((income) => ({ income: income * 100, weight: 1 }));

  it('gives P0, P1 and P2 of the hand example', () => {
    expect(computeFgt(people, 500)).toMatchObject({ population: 4, poorPopulation: 2 });
    const r = computeFgt(people, 500);
    expect(r.headcount).toBeCloseTo(0.5, 12);
    expect(r.gap).toBeCloseTo(0.15, 12);
    expect(r.squaredGap).toBeCloseTo(0.05, 12);
  });

  it('works against any line: the same people against a line of 8', () => {
    // Poor: 7, 3, 4 → gaps 1/8, 5/8, 4/8: P0 = 3/4, P1 = 10/32, P2 = (1 + 25 + 16)/256 = 42/256.
    const r = computeFgt(people, 800);
    expect([r.headcount, r.gap, r.squaredGap]).toEqual([0.75, 10 / 32, 42 / 256]);
  });

  it('weights a household\'s per-capita income by its size, as if each person were listed', () => {
    const households = [{ income: 300, weight: 3 }, { income: 900, weight: 1 }];
    const persons = [300, 300, 300, 900].map((income) => ({ income, weight: 1 }));
    expect(computeFgt(households, 500)).toEqual(computeFgt(persons, 500));
  });

  it('someone exactly on the line is not poor; a negative income counts as zero', () => {
    expect(computeFgt([{ income: 500, weight: 1 }], 500).headcount).toBe(0);
    expect(computeFgt([{ income: -1000, weight: 1 }], 500)).toMatchObject({ headcount: 1, gap: 1, squaredGap: 1 });
  });

  it('the sums a database computes give the same answer as the list, and P_α matches the definition', () => {
    fc.assert(fc.property(fc.array(fc.record({ income: fc.integer({ min: -10_000, max: 2_000_000 }), weight: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 1_000_000 }), (obs, line) => {
      const r = fgtFromSums(sumFgt(obs, line), line);
      expect(r.headcount).toBeCloseTo(computeFgtAlpha(obs, line, 0), 9);
      expect(r.gap).toBeCloseTo(computeFgtAlpha(obs, line, 1), 9);
      expect(r.squaredGap).toBeCloseTo(computeFgtAlpha(obs, line, 2), 9);
      expect(r.squaredGap).toBeLessThanOrEqual(r.gap + 1e-12);
      expect(r.gap).toBeLessThanOrEqual(r.headcount + 1e-12);
    }));
  });
});

describe('Alkire–Foster', () => {
  // Alkire & Foster (2011), "Counting and multidimensional poverty measurement", J. Public Econ. 95:
  // achievements of four people in income, years of schooling, self-rated health and health
  // insurance, y = [13.1 14 4 1; 15.2 7 5 0; 12.5 10 1 0; 20 11 3 1], cutoffs z = (13, 12, 3, 1),
  // equal weights. Deprivation counts c = (0, 2, 4, 1); with k = 2 of 4: H = 1/2, A = 3/4, M0 = 3/8.
  const y = [[13.1, 14, 4, 1], [15.2, 7, 5, 0], [12.5, 10, 1, 0], [20, 11, 3, 1]];
  const z = [13, 12, 3, 1];
  const keys = ['income', 'schooling', 'health', 'insurance'];
  const observations: AfObservation[] = y.map((row) => ({ weight: 1, deprived: Object.fromEntries(keys.map((key, j) => [key, (row[j] ?? 0) < (z[j] ?? 0)])) }));
  const spec = (k: number): AfSpec => ({ k, indicators: keys.map((key) => ({ key, dimension: key === 'income' ? 'living' : key === 'schooling' ? 'education' : 'health', weight: 0.25 })) });

  it('reproduces the published example: H = 1/2, A = 3/4, M0 = 3/8', () => {
    const r = computeAlkireFoster(observations, spec(0.5));
    expect(r).toMatchObject({ population: 4, poorPopulation: 2, headcount: 0.5, intensity: 0.75, adjustedHeadcount: 0.375 });
    expect(r.indicators.map((i) => [i.key, i.uncensoredHeadcount, i.censoredHeadcount])).toEqual([
      ['income', 0.25, 0.25], ['schooling', 0.75, 0.5], ['health', 0.25, 0.25], ['insurance', 0.5, 0.5],
    ]);
    // Contributions w_j h_j / M0: 1/6, 1/3, 1/6, 1/3; by dimension health = 1/2.
    const contributions = r.indicators.map((i) => i.contribution);
    [1 / 6, 1 / 3, 1 / 6, 1 / 3].forEach((c, j) => expect(contributions[j]).toBeCloseTo(c, 12));
    expect(r.dimensions.find((d) => d.dimension === 'health')?.contribution).toBeCloseTo(0.5, 12);
  });

  it.each([
    ['union (k = 1/4)', 0.25, 0.75, 1.75 / 3, 1.75 / 4],
    ['intersection (k = 1)', 1, 0.25, 1, 0.25],
  ])('%s', (_, k, h, a, m0) => {
    const r = computeAlkireFoster(observations, spec(k));
    expect(r.headcount).toBeCloseTo(h, 12);
    expect(r.intensity).toBeCloseTo(a, 12);
    expect(r.adjustedHeadcount).toBeCloseTo(m0, 12);
  });

  // A second example, by hand from the definitions (censored headcount H = q/n, A = the average
  // deprivation score of the poor, M0 = H × A, poor when the score is at least k), with unequal
  // weights: income 1/2, schooling 0.3, health 0.2 and k = 1/2. Seven people: P1 income (0.5, poor,
  // exactly on k), P2 schooling + health (0.5, poor), P3 schooling (0.3), P4 income + schooling (0.8,
  // poor), P5 nothing, P6 and P7 health (0.2, one observation of weight 2).
  // q = 3, n = 7: H = 3/7; A = (0.5 + 0.5 + 0.8)/3 = 0.6; M0 = 1.8/7.
  // Censored headcounts: income 2/7 (P1, P4), schooling 2/7 (P2, P4), health 1/7 (P2); uncensored
  // 2/7, 3/7, 3/7. M0 = 0.5·2/7 + 0.3·2/7 + 0.2·1/7 = 1.8/7 ✓; contributions 1/1.8 = 5/9, 0.6/1.8 = 1/3,
  // 0.2/1.8 = 1/9. With k = 0.6 only P4 is poor: H = 1/7, A = 0.8, M0 = 0.8/7.
  const weighted: AfSpec = { k: 0.5, indicators: [
    { key: 'income', dimension: 'living', weight: 0.5 }, { key: 'schooling', dimension: 'education', weight: 0.3 }, { key: 'health', dimension: 'health', weight: 0.2 },
  ] };
  const persons: AfObservation[] = [
    { weight: 1, deprived: { income: true } },
    { weight: 1, deprived: { schooling: true, health: true } },
    { weight: 1, deprived: { schooling: true } },
    { weight: 1, deprived: { income: true, schooling: true } },
    { weight: 1, deprived: {} },
    { weight: 2, deprived: { health: true } },
  ];

  it('computes a weighted, asymmetric hand example with k applied as "at least"', () => {
    const r = computeAlkireFoster(persons, weighted);
    expect([r.population, r.poorPopulation]).toEqual([7, 3]);
    expect(r.headcount).toBeCloseTo(3 / 7, 12);
    expect(r.intensity).toBeCloseTo(0.6, 12);
    expect(r.adjustedHeadcount).toBeCloseTo(1.8 / 7, 12);
    const byKey = new Map(r.indicators.map((i) => [i.key, i]));
    ([['income', 2 / 7, 2 / 7, 5 / 9], ['schooling', 3 / 7, 2 / 7, 1 / 3], ['health', 3 / 7, 1 / 7, 1 / 9]] as const).forEach(([key, uncensored, censored, contribution]) => {
      expect(byKey.get(key)?.uncensoredHeadcount).toBeCloseTo(uncensored, 12);
      expect(byKey.get(key)?.censoredHeadcount).toBeCloseTo(censored, 12);
      expect(byKey.get(key)?.contribution).toBeCloseTo(contribution, 12);
    });
    expect(r.dimensions.map((d) => d.dimension)).toEqual(['living', 'education', 'health']);
    const higher = computeAlkireFoster(persons, { ...weighted, k: 0.6 });
    expect([higher.headcount, higher.intensity, higher.adjustedHeadcount].map((x) => Number(x.toFixed(12)))).toEqual([Number((1 / 7).toFixed(12)), 0.8, Number((0.8 / 7).toFixed(12))]);
  });

  it('grouping identical profiles with their head count changes nothing', () => {
    const doubled = observations.map((o) => ({ ...o, weight: 2 }));
    expect(computeAlkireFoster(doubled, spec(0.5)).adjustedHeadcount).toBe(0.375);
  });

  it('refuses a spec whose weights do not add up to one or whose k is out of range', () => {
    expect(validateAfSpec(spec(0.5))).toEqual([]);
    expect(validateAfSpec({ k: 0, indicators: [{ key: 'a', dimension: 'd', weight: 0.5 }] }).map((i) => i.field)).toEqual(['indicators', 'k']);
    expect(validateAfSpec({ k: 0.3, indicators: [{ key: 'a', dimension: 'd', weight: 1 / 3 }, { key: 'b', dimension: 'd', weight: 1 / 3 }, { key: 'c', dimension: 'd', weight: 1 / 3 }] })).toEqual([]);
  });
});
