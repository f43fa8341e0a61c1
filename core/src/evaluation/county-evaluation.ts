import { compare, formatPercent, missingReason, type Decision, type DecisionReason } from '../policy/decision.ts';
import { policyNumber } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';
import type { SampleFinding } from '../sampling/exit-quality-rates.ts';
import { combineOutcome, incidenceReason, type ExitOutcome, type IncidenceFacts } from './area-evaluation.ts';

/**
 * What a recorded third-party sampling exercise found (三率一度): the people of the sampled households
 * found wrongly exited or missed (they join the composite incidence, as in the exercise itself) and
 * the three rates as shares, each null while nothing it counts has been checked.
 */
export interface SamplingFindings {
  readonly wrongExitPeople: number;
  readonly missedPeople: number;
  readonly wrongExitRate: number | null;
  readonly missedRate: number | null;
  readonly approvalRate: number | null;
}

const isExitedStratum = (f: SampleFinding) => f.stratum !== 'nonRegistered';
const shareOf = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/** The county evaluation's findings from the findings recorded in a sampling exercise. */
export function summarizeSampleFindings(findings: readonly SampleFinding[]): SamplingFindings {
  const exited = findings.filter((f) => isExitedStratum(f) && f.isWronglyExited !== null);
  const wronglyExited = exited.filter((f) => f.isWronglyExited === true);
  const checked = findings.filter((f) => f.stratum === 'nonRegistered' && f.isMissed !== null);
  const missed = checked.filter((f) => f.isMissed === true);
  const answered = findings.filter((f) => f.approves !== null);
  const people = (list: readonly SampleFinding[]) => list.reduce((sum, f) => sum + f.memberCount, 0);
  return {
    wrongExitPeople: people(wronglyExited), missedPeople: people(missed),
    wrongExitRate: shareOf(wronglyExited.length, exited.length),
    missedRate: shareOf(missed.length, checked.length),
    approvalRate: shareOf(answered.filter((f) => f.approves === true).length, answered.length),
  };
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

function rateReason(rule: string, actual: number | null, operator: '<' | '>=', key: string, policy: ResolvedPolicy, year: number, label: { zh: string; en: string }): DecisionReason {
  if (actual === null) return missingReason(rule, { zh: `${label.zh}（抽样中尚无已核查的户）`, en: `${label.en} (no sampled household checked yet)` }, { year });
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
