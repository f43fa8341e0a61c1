import { formatYuan, type Decision, type DecisionReason } from '../policy/decision.ts';
import { cellNumber, policyFlag, policyNumber, policyTable } from '../policy/policy-lookup.ts';
import type { ResolvedPolicy } from '../policy/policy-types.ts';
import { computeStudentAid } from './education-aid.ts';
import type { Entitlement } from './entitlement.ts';
import { isDibaoFamily, isRegisteredPoor, type HouseholdFacts, type MemberFacts } from './household-facts.ts';

export interface EntitlementsDecision extends Decision<'entitled' | 'none'> {
  readonly benefits: Entitlement[];
  /** Sum of the year's grants and allowances in fen (loan eligibility not included). */
  readonly totalAmount: number;
}

/** 低保 / 特困供养: the monthly amount of the area for each member receiving it, for twelve months. */
function safetyNet(facts: HouseholdFacts, policy: ResolvedPolicy, benefit: 'dibao' | 'extremePovertySupport'): Entitlement[] {
  const key = benefit === 'dibao' ? 'socialAssistance.dibaoMonthly' : 'socialAssistance.extremePovertySupportMonthly';
  const receives = (m: MemberFacts) => (benefit === 'dibao' ? m.receivesDibao : m.receivesExtremePovertySupport);
  const table = policyTable(policy, key);
  const row = table?.value.find((r) => r.area === facts.area);
  const monthly = row ? cellNumber(row, 'amount') : null;
  if (!table || monthly === null) return [];
  const name = benefit === 'dibao' ? { zh: '低保', en: 'Dibao' } : { zh: '特困供养', en: 'Extreme-poverty support' };
  const area = facts.area === 'rural' ? '农村' : '城市';
  return facts.members.filter(receives).map((m) => ({
    benefit, memberId: m.id, memberName: m.name, amount: monthly * 12, kind: 'allowance',
    reason: {
      rule: `entitlement.${benefit}`, outcome: 'pass', data: { area: facts.area, monthly, months: 12 }, dates: { year: facts.year }, policy: [table.cite],
      text: { zh: `${m.name}：享受${name.zh}，${area}标准每月${formatYuan(monthly)}元，全年${formatYuan(monthly * 12)}元`, en: `${m.name}: ${name.en}, ${facts.area} ${formatYuan(monthly)} yuan a month, ${formatYuan(monthly * 12)} a year` },
    },
  }));
}

function exitReward(facts: HouseholdFacts, policy: ResolvedPolicy): Entitlement[] {
  const reward = policyNumber(policy, 'exit.rewardPerHousehold');
  if (!reward || facts.povertyStatus !== 'exited' || facts.yearExited !== facts.year) return [];
  return [{
    benefit: 'exitReward', memberId: null, memberName: null, amount: reward.value, kind: 'grant',
    reason: {
      rule: 'entitlement.exitReward', outcome: 'pass', data: { yearExited: facts.yearExited }, dates: { year: facts.year }, policy: [reward.cite],
      text: { zh: `${facts.year}年脱贫，脱贫奖励每户${formatYuan(reward.value)}元`, en: `Exited in ${facts.year}: exit reward ${formatYuan(reward.value)} yuan` },
    },
  }];
}

/** Microloans are for the production of exited and poor households that can work. */
function microloan(facts: HouseholdFacts, policy: ResolvedPolicy): Entitlement[] {
  const max = policyNumber(policy, 'microloan.maxAmount');
  const term = policyNumber(policy, 'microloan.usualTermYears');
  const longest = policyNumber(policy, 'microloan.maxTermYears');
  const subsidy = policyFlag(policy, 'microloan.fullInterestSubsidy');
  const canWork = facts.members.some((m) => m.laborCapacity === 'ordinary' || m.laborCapacity === 'skilled');
  if (!max || !isRegisteredPoor(facts) || !canWork) return [];
  const cites = [max, term, longest, subsidy].flatMap((c) => (c ? [c.cite] : []));
  const terms = term && longest ? `，一般${term.value}年、最长${longest.value}年` : '';
  return [{
    benefit: 'microloan', memberId: null, memberName: null, amount: max.value, kind: 'loanEligibility',
    reason: {
      rule: 'entitlement.microloan', outcome: 'pass', data: { hasLabour: true, fullInterestSubsidy: subsidy?.value ?? null }, dates: { year: facts.year }, policy: cites,
      text: {
        zh: `有劳动力的建档立卡户可申请扶贫小额信贷，最高${formatYuan(max.value)}元${terms}${subsidy?.value ? '，财政全额贴息' : ''}`,
        en: `A registered household with labour may borrow up to ${formatYuan(max.value)} yuan${term && longest ? `, usually ${term.value} years, at most ${longest.value}` : ''}${subsidy?.value ? ', interest fully subsidised' : ''}`,
      },
    },
  }];
}

/** Which benefits a household is entitled to in a year, how much, and why. */
export function evaluateHouseholdEntitlements(facts: HouseholdFacts, policy: ResolvedPolicy): EntitlementsDecision {
  const isEducationEligible = isRegisteredPoor(facts) || isDibaoFamily(facts);
  const education = isEducationEligible ? facts.members.flatMap((m) => computeStudentAid(m, facts, policy)) : [];
  const benefits = [...education, ...safetyNet(facts, policy, 'dibao'), ...safetyNet(facts, policy, 'extremePovertySupport'), ...exitReward(facts, policy), ...microloan(facts, policy)];
  const totalAmount = benefits.filter((b) => b.kind !== 'loanEligibility').reduce((sum, b) => sum + b.amount, 0);
  const basis: DecisionReason = {
    rule: 'entitlement.basis', outcome: 'info', data: { povertyStatus: facts.povertyStatus, householdType: facts.householdType, area: facts.area }, dates: { year: facts.year }, policy: [],
    text: isEducationEligible
      ? { zh: '建档立卡户或低保家庭，在校学生可享受教育资助', en: 'A registered or dibao household: its students receive education aid' }
      : { zh: '非建档立卡户、非低保家庭，不享受教育资助', en: 'Neither registered nor dibao: no education aid' },
  };
  const outcome = benefits.length ? 'entitled' : 'none';
  return {
    subject: 'household.entitlements', outcome, year: facts.year, benefits, totalAmount,
    reasons: [basis, ...benefits.map((b) => b.reason)],
    text: benefits.length
      ? { zh: `${facts.year}年可享受${benefits.length}项政策，合计${formatYuan(totalAmount)}元`, en: `${benefits.length} benefit(s) in ${facts.year}, ${formatYuan(totalAmount)} yuan in all` }
      : { zh: `${facts.year}年没有可享受的政策`, en: `No benefits in ${facts.year}` },
  };
}
