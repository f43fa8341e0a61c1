import { formatYuan, type DecisionReason, type PolicyCitation } from '../policy/decision.ts';
import { cellNumber, policyNumber, policyTable } from '../policy/policy-lookup.ts';
import type { PolicyTableRow, ResolvedPolicy } from '../policy/policy-types.ts';
import type { Entitlement } from './entitlement.ts';
import { isDibaoFamily, type HouseholdFacts, type MemberFacts } from './household-facts.ts';

const STAGE_ZH: Record<string, string> = { preschool: '学前', primary: '小学', juniorHigh: '初中', seniorHigh: '高中' };
const LEVEL_BY_STATUS: Record<string, 'associate' | 'bachelor' | 'master'> = { higherVocational: 'associate', undergraduate: 'bachelor', postgraduate: 'master' };
const LEVEL_ZH = { associate: '专科', bachelor: '本科', master: '研究生' } as const;

function entitlement(member: MemberFacts, benefit: Entitlement['benefit'], amount: number, rule: string, data: DecisionReason['data'], year: number, cite: PolicyCitation, text: DecisionReason['text']): Entitlement {
  return {
    benefit, memberId: member.id, memberName: member.name, amount, kind: 'grant',
    reason: { rule, outcome: 'pass', data, dates: { year }, policy: [cite], text },
  };
}

/** Preschool to senior high: the amount of the stage, boarding or day student (unknown = day student). */
function stageAid(member: MemberFacts, year: number, policy: ResolvedPolicy): Entitlement[] {
  const stage = member.schoolStatus;
  if (!(stage in STAGE_ZH)) return [];
  const table = policyTable(policy, 'education.stageAid');
  if (!table) return [];
  const boarding = member.isBoarding === true ? 'boarding' : 'dayStudent';
  const row = table.value.find((r) => r.stage === stage && (r.boarding === boarding || r.boarding === 'any'));
  const amount = row ? cellNumber(row, 'amountPerYear') : null;
  if (!row || amount === null) return [];
  const boardingZh = row.boarding === 'any' ? '' : boarding === 'boarding' ? '寄宿生' : '走读生';
  const assumed = member.isBoarding === undefined || member.isBoarding === null ? '（未登记住宿情况，按走读计）' : '';
  return [entitlement(member, 'educationAid', amount, 'entitlement.education.stage', { schoolStatus: stage, boarding: row.boarding === 'any' ? 'any' : boarding }, year, table.cite, {
    zh: `${member.name}：${STAGE_ZH[stage] ?? stage}${boardingZh}资助每年${formatYuan(amount)}元${row.boarding === 'any' ? '' : assumed}`,
    en: `${member.name}: ${stage}${row.boarding === 'any' ? '' : ` (${boarding})`} aid ${formatYuan(amount)} yuan a year`,
  })];
}

function matchesCohort(row: PolicyTableRow, entryYear: number): boolean {
  const from = cellNumber(row, 'entryFrom');
  const to = cellNumber(row, 'entryTo');
  return (from === null || from <= entryYear) && (to === null || entryYear <= to);
}

/**
 * University aid by cohort against its cap: the year's amount is what remains under the cap after
 * the years already studied (each assumed paid in full), at most the yearly amount.
 */
function universityAid(member: MemberFacts, facts: HouseholdFacts, policy: ResolvedPolicy): Entitlement[] {
  const level = LEVEL_BY_STATUS[member.schoolStatus];
  if (!level) return [];
  const { year } = facts;
  const entryYear = member.universityEntryYear ?? (member.schoolGrade ? year - member.schoolGrade + 1 : year);
  const out: Entitlement[] = [];
  const grant = policyTable(policy, 'education.universityEntrantGrant');
  if (grant && entryYear === year) {
    const scope = member.studiesOutOfRegion === true ? 'outOfRegion' : 'inRegion';
    const amount = grant.value.map((r) => (r.scope === scope ? cellNumber(r, 'amount') : null)).find((a) => a !== null);
    if (amount !== undefined && amount !== null) {
      out.push(entitlement(member, 'universityEntrantGrant', amount, 'entitlement.education.entrantGrant', { entryYear, scope }, year, grant.cite, {
        zh: `${member.name}：${year}年考入大学，${scope === 'outOfRegion' ? '区外' : '区内'}新生一次性资助${formatYuan(amount)}元`,
        en: `${member.name}: university entrant in ${year} (${scope}), one-off ${formatYuan(amount)} yuan`,
      }));
    }
  }
  const table = policyTable(policy, 'education.universityAid');
  if (!table) return out;
  const group = isDibaoFamily(facts) || member.isOrphan === true ? 'dibaoOrOrphan' : 'poorFamily';
  const row = table.value.find((r) => r.group === group && r.level === level && matchesCohort(r, entryYear))
    ?? table.value.find((r) => r.group === 'poorFamily' && r.level === level && matchesCohort(r, entryYear));
  const perYear = row ? cellNumber(row, 'amountPerYear') : null;
  const cap = row ? cellNumber(row, 'cap') : null;
  if (!row || perYear === null || cap === null) return out;
  const paidBefore = Math.min(cap, perYear * Math.max(0, year - entryYear));
  const amount = Math.max(0, Math.min(perYear, cap - paidBefore));
  const groupZh = row.group === 'dibaoOrOrphan' ? '低保家庭（孤儿）' : '脱贫家庭';
  const derived = member.universityEntryYear ? '' : '（入学年份按年级推算）';
  const data = { entryYear, level, group: String(row.group), amountPerYear: perYear, cap, paidBefore };
  out.push(entitlement(member, 'universityAid', amount, 'entitlement.education.university', data, year, table.cite, amount > 0
    ? {
      zh: `${member.name}：${entryYear}年入学的${groupZh}${LEVEL_ZH[level]}生，每年${formatYuan(perYear)}元，累计上限${formatYuan(cap)}元，此前已享受${formatYuan(paidBefore)}元，本年${formatYuan(amount)}元${derived}`,
      en: `${member.name}: ${level} student entering ${entryYear} (${row.group}), ${formatYuan(perYear)} a year up to ${formatYuan(cap)}; ${formatYuan(paidBefore)} received before, ${formatYuan(amount)} this year`,
    }
    : {
      zh: `${member.name}：已达累计上限${formatYuan(cap)}元，本年不再资助${derived}`,
      en: `${member.name}: the cap of ${formatYuan(cap)} yuan is reached; nothing this year`,
    }));
  return out;
}

function yuluAid(member: MemberFacts, year: number, policy: ResolvedPolicy): Entitlement[] {
  if (member.schoolStatus !== 'vocational' && member.schoolStatus !== 'higherVocational') return [];
  const yulu = policyNumber(policy, 'education.yuluPerYear');
  if (!yulu) return [];
  return [entitlement(member, 'yuluProgramme', yulu.value, 'entitlement.education.yulu', { schoolStatus: member.schoolStatus }, year, yulu.cite, {
    zh: `${member.name}：职业教育在读，雨露计划每年${formatYuan(yulu.value)}元`,
    en: `${member.name}: vocational student, Yulu programme ${formatYuan(yulu.value)} yuan a year`,
  })];
}

/** Every education benefit of one student of a registered or dibao household for the year. */
export function computeStudentAid(member: MemberFacts, facts: HouseholdFacts, policy: ResolvedPolicy): Entitlement[] {
  return [...stageAid(member, facts.year, policy), ...universityAid(member, facts, policy), ...yuluAid(member, facts.year, policy)];
}
