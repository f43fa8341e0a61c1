import { describe, expect, it } from 'vitest';
import { computeExitQualityRates, type SampleFinding } from './exit-quality-rates.ts';
import { allocateSample, createSeededRandom, drawStratifiedSample, type SamplingStratum } from './stratified-sample.ts';

const RATIOS: { stratum: SamplingStratum; ratio: number }[] = [
  { stratum: 'exitedWithLabour', ratio: 5 }, { stratum: 'nonRegistered', ratio: 3 }, { stratum: 'exitedWithoutLabour', ratio: 2 },
];

function population(counts: Record<SamplingStratum, number>) {
  return Object.entries(counts).flatMap(([stratum, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${stratum}-${String(i).padStart(4, '0')}`, stratum: stratum as SamplingStratum })));
}

describe('allocateSample', () => {
  it.each([
    [100, [50, 30, 20]],
    [10, [5, 3, 2]],
    [7, [4, 2, 1]],
    [1, [1, 0, 0]],
    [0, [0, 0, 0]],
  ])('splits %i by 5:3:2 into %j', (size, expected) => {
    const allocation = allocateSample(RATIOS, size);
    expect(RATIOS.map((r) => allocation.get(r.stratum))).toEqual(expected);
  });
});

describe('drawStratifiedSample', () => {
  const people = population({ exitedWithLabour: 300, nonRegistered: 500, exitedWithoutLabour: 40 });

  it('draws the same households for the same seed, whatever the input order', () => {
    const a = drawStratifiedSample(people, RATIOS, 100, '2024-county-check');
    const b = drawStratifiedSample([...people].reverse(), RATIOS, 100, '2024-county-check');
    expect(b.picks.map((p) => p.id)).toEqual(a.picks.map((p) => p.id));
    expect(a.picks.map((p) => p.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('draws other households for another seed', () => {
    const a = drawStratifiedSample(people, RATIOS, 100, 'one');
    const b = drawStratifiedSample(people, RATIOS, 100, 'two');
    expect(b.picks.map((p) => p.id)).not.toEqual(a.picks.map((p) => p.id));
  });

  it('keeps the ratio, never repeats a household, and takes a whole stratum that is too small', () => {
    const sample = drawStratifiedSample(people, RATIOS, 300, 's');
    expect(sample.strata).toEqual([
      { stratum: 'exitedWithLabour', ratio: 5, target: 150, available: 300, drawn: 150 },
      { stratum: 'nonRegistered', ratio: 3, target: 90, available: 500, drawn: 90 },
      { stratum: 'exitedWithoutLabour', ratio: 2, target: 60, available: 40, drawn: 40 },
    ]);
    expect(new Set(sample.picks.map((p) => p.id)).size).toBe(280);
    expect(sample.picks.every((p) => p.id.startsWith(p.stratum))).toBe(true);
  });

  it('generates numbers in [0, 1) from a seed, repeatably', () => {
    const r1 = createSeededRandom('x');
    const r2 = createSeededRandom('x');
    const values = Array.from({ length: 1000 }, () => r1());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, () => r2())).toEqual(values);
  });
});

function findings(stratum: SamplingStratum, n: number, flagged: number, approving: number): SampleFinding[] {
  return Array.from({ length: n }, (_, i) => ({
    stratum,
    isWronglyExited: stratum === 'nonRegistered' ? null : i < flagged,
    isMissed: stratum === 'nonRegistered' ? i < flagged : null,
    approves: i < approving,
    memberCount: 3,
  }));
}

describe('computeExitQualityRates', () => {
  it('passes a county with 1 wrong exit in 70, 0 missed in 30 and 95 % approval', () => {
    const all = [...findings('exitedWithLabour', 50, 1, 48), ...findings('exitedWithoutLabour', 20, 0, 19), ...findings('nonRegistered', 30, 0, 28)];
    const result = computeExitQualityRates(all, { poorPeople: 14, population: 2381 });
    expect(result.wrongExitRate).toMatchObject({ numerator: 1, denominator: 70, passes: true });
    expect(result.missedRate).toMatchObject({ numerator: 0, denominator: 30, passes: true });
    expect(result.approvalRate).toMatchObject({ numerator: 95, denominator: 100, passes: true });
    // (14 + 3 people of the wrongly exited household) ÷ 2381 = 0.714 %
    expect(result.compositeIncidence).toMatchObject({ numerator: 17, denominator: 2381, passes: true });
    expect(result.passes).toBe(true);
  });

  it.each([
    ['wrong exits at exactly 2 %', [...findings('exitedWithLabour', 100, 2, 100), ...findings('nonRegistered', 10, 0, 10)], 'wrongExitRate'],
    ['missed at 1 in 30', [...findings('exitedWithLabour', 10, 0, 10), ...findings('nonRegistered', 30, 1, 30)], 'missedRate'],
    ['approval at 89 of 110', [...findings('exitedWithLabour', 100, 0, 89), ...findings('nonRegistered', 10, 0, 0)], 'approvalRate'],
  ] as const)('fails with %s, and says why', (_name, sample, failing) => {
    const result = computeExitQualityRates(sample, { poorPeople: 0, population: 10_000 });
    expect(result[failing].passes).toBe(false);
    expect(result.passes).toBe(false);
    expect(result[failing].reason).toMatch(/fails$/);
  });

  it('approval of exactly 90 % passes; incidence of 2 % fails', () => {
    const sample = [...findings('exitedWithLabour', 10, 0, 9), ...findings('nonRegistered', 10, 0, 9)];
    const result = computeExitQualityRates(sample, { poorPeople: 20, population: 1000 });
    expect(result.approvalRate).toMatchObject({ percent: 90, passes: true });
    expect(result.compositeIncidence).toMatchObject({ percent: 2, passes: false });
  });

  it('stays undetermined while a rate has nothing checked', () => {
    const result = computeExitQualityRates(findings('exitedWithLabour', 10, 0, 10), { poorPeople: 0, population: 100 });
    expect(result.missedRate).toMatchObject({ percent: null, passes: null });
    expect(result.passes).toBeNull();
  });
});
