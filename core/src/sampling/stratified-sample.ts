import { defineCodeList } from '../codes/code-list.ts';

/** The strata of an exit-quality check (三率一度 sampling), in the order the assessment rules list them. */
export const samplingStrata = defineCodeList('samplingStratum', [
  { code: 'exitedWithLabour', zh: '有劳动力的已脱贫户', en: 'Exited, with labour' },
  { code: 'nonRegistered', zh: '非建档立卡户', en: 'Not registered' },
  { code: 'exitedWithoutLabour', zh: '无劳动力的已脱贫户', en: 'Exited, without labour' },
]);
export type SamplingStratum = (typeof samplingStrata.codes)[number];

/** A 32-bit string hash (FNV-1a) to seed the generator from any text. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and the same on every engine, so a seed always draws the same sample. */
export function createSeededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Splits `size` in proportion to the ratios by largest remainder (5:3:2 of 100 → 50/30/20,
 * of 7 → 4/2/1); ties go to the earlier stratum.
 */
export function allocateSample<S extends string>(ratios: readonly { stratum: S; ratio: number }[], size: number): Map<S, number> {
  const total = ratios.reduce((sum, r) => sum + r.ratio, 0);
  const result = new Map<S, number>();
  if (total <= 0) return result;
  const shares = ratios.map((r, index) => ({ ...r, index, exact: (size * r.ratio) / total }));
  for (const s of shares) result.set(s.stratum, Math.floor(s.exact));
  let left = size - shares.reduce((sum, s) => sum + Math.floor(s.exact), 0);
  const byRemainder = [...shares].sort((a, b) => (b.exact - Math.floor(b.exact)) - (a.exact - Math.floor(a.exact)) || a.index - b.index);
  for (const s of byRemainder) {
    if (left === 0) break;
    result.set(s.stratum, (result.get(s.stratum) ?? 0) + 1);
    left -= 1;
  }
  return result;
}

export interface StratumDraw<S extends string> {
  readonly stratum: S;
  readonly ratio: number;
  /** What the ratio asks for. */
  readonly target: number;
  /** Households in the population of this stratum. */
  readonly available: number;
  /** Drawn: the target, or every household when the stratum is smaller. */
  readonly drawn: number;
}

export interface StratifiedSample<T, S extends string> {
  readonly picks: readonly (T & { position: number })[];
  readonly strata: readonly StratumDraw<S>[];
}

/**
 * Draws a reproducible stratified random sample: the population of each stratum is put in id
 * order and shuffled by a generator seeded with `seed` and the stratum, so the same population
 * and seed always give the same households, whatever order the database returned them in.
 */
export function drawStratifiedSample<T extends { id: string | number; stratum: S }, S extends string>(
  population: readonly T[], ratios: readonly { stratum: S; ratio: number }[], size: number, seed: string,
): StratifiedSample<T, S> {
  const allocation = allocateSample(ratios, size);
  const picks: (T & { position: number })[] = [];
  const strata: StratumDraw<S>[] = [];
  for (const { stratum, ratio } of ratios) {
    const pool = population.filter((p) => p.stratum === stratum).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const target = allocation.get(stratum) ?? 0;
    const drawn = Math.min(target, pool.length);
    const random = createSeededRandom(`${seed}:${stratum}`);
    // Partial Fisher–Yates: the first `drawn` places end up a uniform random choice.
    for (let i = 0; i < drawn; i += 1) {
      const j = i + Math.floor(random() * (pool.length - i));
      const chosen = pool[j];
      const here = pool[i];
      if (chosen === undefined || here === undefined) break;
      pool[i] = chosen;
      pool[j] = here;
      picks.push({ ...chosen, position: picks.length + 1 });
    }
    strata.push({ stratum, ratio, target, available: pool.length, drawn });
  }
  return { picks, strata };
}
