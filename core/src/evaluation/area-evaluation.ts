import { compare, formatPercent, formatYuan, missingReason, type Decision, type DecisionReason } from '../policy/decision.ts';
import { policyFlag, policyNumber, type Cited } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';

/** Poor people still poor ÷ rural registered population (policy.md §2). */
export interface IncidenceFacts {
  readonly poorPeople: number;
  readonly population: number;
}

/** The incidence as a fraction (0 for an empty population): 14 / 2381 = 0.00588 → 0.588 %. */
export function computeIncidence({ poorPeople, population }: IncidenceFacts): number {
  return population > 0 ? poorPeople / population : 0;
}

/** The exit incidence limit for the region: 3 % in the west, 2 % elsewhere, as the policy says. */
export function exitIncidenceLimit(policy: ResolvedPolicy): { limit: Cited<number>; isWest: boolean; cites: DecisionReason['policy'] } | undefined {
  const west = policyFlag(policy, 'isWesternRegion');
  const isWest = west?.value ?? false;
  const limit = policyNumber(policy, isWest ? 'exit.incidenceLimitWest' : 'exit.incidenceLimit');
  if (!limit) return undefined;
  return { limit, isWest, cites: west ? [west.cite, limit.cite] : [limit.cite] };
}

export function incidenceReason(rule: string, facts: IncidenceFacts, policy: ResolvedPolicy, year: number, label = { zh: '贫困发生率', en: 'poverty incidence' }): DecisionReason {
  const found = exitIncidenceLimit(policy);
  if (!found) return missingReason(rule, { zh: '退出贫困发生率上限', en: 'exit incidence limit' }, { year });
  if (facts.population <= 0) return missingReason(rule, { zh: '农业户籍人口', en: 'rural registered population' }, { year });
  const incidence = computeIncidence(facts);
  const comparison = compare(incidence, '<', found.limit.value, 'ratio');
  const where = found.isWest ? { zh: '（西部地区）', en: ' (western region)' } : { zh: '', en: '' };
  const shown = formatPercent(incidence);
  const limit = formatPercent(found.limit.value, 1);
  return {
    rule, outcome: comparison.holds ? 'pass' : 'fail', comparison,
    data: { poorPeople: facts.poorPeople, population: facts.population, incidence }, dates: { year }, policy: found.cites,
    text: comparison.holds
      ? { zh: `${label.zh} ${facts.poorPeople} ÷ ${facts.population} = ${shown}，低于${limit}${where.zh}`, en: `${label.en} ${facts.poorPeople} ÷ ${facts.population} = ${shown}, below ${limit}${where.en}` }
      : { zh: `${label.zh} ${facts.poorPeople} ÷ ${facts.population} = ${shown}，未低于${limit}${where.zh}`, en: `${label.en} ${facts.poorPeople} ÷ ${facts.population} = ${shown}, not below ${limit}${where.en}` },
  };
}

export type ExitOutcome = 'eligible' | 'notEligible' | 'insufficientData';

export function combineOutcome(reasons: readonly DecisionReason[]): ExitOutcome {
  if (reasons.some((r) => r.outcome === 'fail')) return 'notEligible';
  return reasons.some((r) => r.outcome === 'missing') ? 'insufficientData' : 'eligible';
}

export interface VillageFacts extends IncidenceFacts {
  readonly villageCode: string;
  readonly year: number;
  /** Infrastructure and public services considered for exit (road, water, electricity, clinic…); failures block. */
  readonly infrastructure?: readonly { item: string; passed: boolean }[];
}

/** Village exit: incidence below 2 % (3 % west), infrastructure and public services considered. */
export function evaluateVillageExit(facts: VillageFacts, policy: ResolvedPolicy): Decision<ExitOutcome> {
  const reasons = [incidenceReason('village.exit.incidence', facts, policy, facts.year)];
  for (const check of facts.infrastructure ?? []) {
    reasons.push({
      rule: 'village.exit.infrastructure', outcome: check.passed ? 'pass' : 'fail', data: { item: check.item, passed: check.passed }, dates: { year: facts.year }, policy: [],
      text: { zh: `${check.item}：${check.passed ? '达标' : '未达标'}`, en: `${check.item}: ${check.passed ? 'passes' : 'fails'}` },
    });
  }
  const outcome = combineOutcome(reasons);
  const text = { eligible: { zh: '符合贫困村退出条件', en: 'The village meets the exit conditions' }, notEligible: { zh: '不符合贫困村退出条件', en: 'The village does not meet the exit conditions' }, insufficientData: { zh: '数据不全，无法判断', en: 'Data missing; cannot decide' } }[outcome];
  return { subject: 'village.exit', outcome, year: facts.year, reasons, text };
}

export interface PoorVillageFacts extends IncidenceFacts {
  readonly year: number;
  /** Per-capita net income of the village's farmers (fen), when known. */
  readonly incomePerCapita: number | null;
  /** Collective economy income of the year (fen), when known. */
  readonly collectiveIncome: number | null;
}

/** 一高一低一无: incidence at least twice the province's, income below 60 % of its average, no collective income. */
export function evaluatePoorVillage(facts: PoorVillageFacts, policy: ResolvedPolicy): Decision<'poorVillage' | 'notPoorVillage' | 'insufficientData'> {
  const { year } = facts;
  const reasons: DecisionReason[] = [];
  const provincial = policyNumber(policy, 'provincialIncidence');
  const multiple = policyNumber(policy, 'poorVillage.incidenceMultiple');
  if (!provincial || !multiple || facts.population <= 0) reasons.push(missingReason('poorVillage.highIncidence', { zh: '全省贫困发生率或村人口', en: 'provincial incidence or village population' }, { year }));
  else {
    const incidence = computeIncidence(facts);
    const c = compare(incidence, '>=', provincial.value * multiple.value, 'ratio');
    reasons.push({ rule: 'poorVillage.highIncidence', outcome: c.holds ? 'pass' : 'fail', comparison: c, data: { incidence, provincialIncidence: provincial.value }, dates: { year }, policy: [provincial.cite, multiple.cite],
      text: { zh: `贫困发生率${formatPercent(incidence)}${c.holds ? '达到' : '未达到'}全省${formatPercent(provincial.value)}的${multiple.value}倍`, en: `Incidence ${formatPercent(incidence)} is ${c.holds ? '' : 'not '}at least ${multiple.value} × the province's ${formatPercent(provincial.value)}` } });
  }
  const average = policyNumber(policy, 'provincialRuralIncomePerCapita');
  const share = policyNumber(policy, 'poorVillage.incomeShare');
  if (!average || !share || facts.incomePerCapita === null) reasons.push(missingReason('poorVillage.lowIncome', { zh: '村人均收入或全省平均', en: 'village income or provincial average' }, { year }));
  else {
    const c = compare(facts.incomePerCapita, '<', Math.round(average.value * share.value), 'fen');
    reasons.push({ rule: 'poorVillage.lowIncome', outcome: c.holds ? 'pass' : 'fail', comparison: c, data: { incomePerCapita: facts.incomePerCapita }, dates: { year }, policy: [average.cite, share.cite],
      text: { zh: `人均纯收入${formatYuan(facts.incomePerCapita)}元${c.holds ? '低于' : '不低于'}全省平均的${formatPercent(share.value, 0)}（${formatYuan(c.threshold)}元）`, en: `Income ${formatYuan(facts.incomePerCapita)} is ${c.holds ? '' : 'not '}below ${formatPercent(share.value, 0)} of the provincial average (${formatYuan(c.threshold)})` } });
  }
  if (facts.collectiveIncome === null) reasons.push(missingReason('poorVillage.noCollectiveIncome', { zh: '村集体经济收入', en: 'collective income' }, { year }));
  else {
    const c = compare(facts.collectiveIncome, '=', 0, 'fen');
    reasons.push({ rule: 'poorVillage.noCollectiveIncome', outcome: c.holds ? 'pass' : 'fail', comparison: c, data: { collectiveIncome: facts.collectiveIncome }, dates: { year }, policy: [],
      text: c.holds ? { zh: '无村集体经济收入', en: 'No collective income' } : { zh: `村集体经济收入${formatYuan(facts.collectiveIncome)}元`, en: `Collective income ${formatYuan(facts.collectiveIncome)} yuan` } });
  }
  const outcome = reasons.some((r) => r.outcome === 'fail') ? 'notPoorVillage' : reasons.some((r) => r.outcome === 'missing') ? 'insufficientData' : 'poorVillage';
  const text = { poorVillage: { zh: '符合贫困村认定条件（一高一低一无）', en: 'Meets the poor-village criteria' }, notPoorVillage: { zh: '不符合贫困村认定条件', en: 'Does not meet the poor-village criteria' }, insufficientData: { zh: '数据不全，无法判断', en: 'Data missing; cannot decide' } }[outcome];
  return { subject: 'village.poorVillage', outcome, year, reasons, text };
}
