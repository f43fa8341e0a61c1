import { compare, formatPercent, missingReason, type Decision, type DecisionReason } from '../policy/decision.ts';
import { policyNumber } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';
import { combineOutcome, incidenceReason, type ExitOutcome, type IncidenceFacts } from './area-evaluation.ts';

/** What a third-party sampling exercise found, extrapolated to the county (三率一度). */
export interface SamplingFindings {
  /** People wrongly exited and people missed by identification, estimated for the whole county. */
  readonly wrongExitPeople: number;
  readonly missedPeople: number;
  readonly wrongExitRate: number;
  readonly missedRate: number;
  readonly approvalRate: number;
}

export interface CountyFacts extends IncidenceFacts {
  readonly countyCode: string;
  readonly year: number;
  readonly sampling: SamplingFindings | null;
}

/** Composite incidence: poor people plus the missed and wrongly exited found by sampling, over the population. */
export function computeCompositeIncidence(facts: IncidenceFacts, sampling: Pick<SamplingFindings, 'missedPeople' | 'wrongExitPeople'>): number {
  return facts.population > 0 ? (facts.poorPeople + sampling.missedPeople + sampling.wrongExitPeople) / facts.population : 0;
}

function rateReason(rule: string, actual: number, operator: '<' | '>=', key: string, policy: ResolvedPolicy, year: number, label: { zh: string; en: string }): DecisionReason {
  const limit = policyNumber(policy, key);
  if (!limit) return missingReason(rule, { zh: `${label.zh}标准`, en: `${label.en} standard` }, { year });
  const c = compare(actual, operator, limit.value, 'ratio');
  const op = operator === '<' ? { zh: '低于', en: 'below', notZh: '未低于', notEn: 'not below' } : { zh: '达到', en: 'at least', notZh: '未达到', notEn: 'not at least' };
  return {
    rule, outcome: c.holds ? 'pass' : 'fail', comparison: c, data: { [rule.split('.').at(-1) ?? rule]: actual }, dates: { year }, policy: [limit.cite],
    text: {
      zh: `${label.zh}${formatPercent(actual, 2)}，${c.holds ? op.zh : op.notZh}${formatPercent(limit.value, 1)}`,
      en: `${label.en} ${formatPercent(actual, 2)}, ${c.holds ? op.en : op.notEn} ${formatPercent(limit.value, 1)}`,
    },
  };
}

/**
 * County exit: incidence and composite incidence below 2 % (3 % west), wrong-exit and missed rates
 * below 2 %, approval at least 90 %; any failure blocks. Without sampling findings it is undecided.
 */
export function evaluateCountyExit(facts: CountyFacts, policy: ResolvedPolicy): Decision<ExitOutcome> {
  const { year, sampling } = facts;
  const reasons: DecisionReason[] = [incidenceReason('county.exit.incidence', facts, policy, year)];
  if (!sampling) {
    reasons.push(missingReason('county.exit.sampling', { zh: '第三方抽样核查结果（三率一度）', en: 'sampling findings (three rates and one degree)' }, { year }));
  } else {
    const composite = { poorPeople: facts.poorPeople + sampling.missedPeople + sampling.wrongExitPeople, population: facts.population };
    reasons.push(
      incidenceReason('county.exit.compositeIncidence', composite, policy, year, { zh: '综合贫困发生率（含漏评、错退）', en: 'composite incidence (with missed and wrongly exited)' }),
      rateReason('county.exit.wrongExitRate', sampling.wrongExitRate, '<', 'exit.wrongExitRateLimit', policy, year, { zh: '错退率', en: 'wrong-exit rate' }),
      rateReason('county.exit.missedRate', sampling.missedRate, '<', 'exit.missedRateLimit', policy, year, { zh: '漏评率', en: 'missed rate' }),
      rateReason('county.exit.approvalRate', sampling.approvalRate, '>=', 'exit.approvalRateMin', policy, year, { zh: '群众认可度', en: 'public approval' }),
    );
  }
  const outcome = combineOutcome(reasons);
  const text = { eligible: { zh: '符合贫困县退出条件', en: 'The county meets the exit conditions' }, notEligible: { zh: '不符合贫困县退出条件，任一指标不达标即不能退出', en: 'The county does not meet the exit conditions; any failure blocks exit' }, insufficientData: { zh: '数据不全，无法判断', en: 'Data missing; cannot decide' } }[outcome];
  return { subject: 'county.exit', outcome, year, reasons, text };
}
