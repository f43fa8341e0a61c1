import { parseIdNumber, type Gender, type IdNumberFacts } from '../identity/id-number.ts';
import type { RuleIssue } from './rule-issue.ts';

export interface MemberIdentityInput {
  idNumber: string;
  gender?: Gender | undefined;
  birthDate?: string | undefined;
}

export type MemberIdentityResult = { ok: true; facts: IdNumberFacts } | { ok: false; issue: RuleIssue };

/** Validates the ID number and checks that an entered gender and birth date agree with it. */
export function checkMemberIdentity(input: MemberIdentityInput, today: string): MemberIdentityResult {
  const parsed = parseIdNumber(input.idNumber, today);
  if (!parsed.ok) return { ok: false, issue: { code: 'ID_NUMBER_INVALID', field: 'idNumber', message: parsed.message } };
  const { facts } = parsed;
  if (input.gender !== undefined && input.gender !== facts.gender) {
    return { ok: false, issue: { code: 'ID_NUMBER_MISMATCH', field: 'gender', message: `gender ${input.gender} does not match the ID number (${facts.gender})` } };
  }
  if (input.birthDate !== undefined && input.birthDate !== facts.birthDate) {
    return { ok: false, issue: { code: 'ID_NUMBER_MISMATCH', field: 'birthDate', message: `birth date ${input.birthDate} does not match the ID number (${facts.birthDate})` } };
  }
  return { ok: true, facts };
}

export interface CompositionMember {
  relationToHead: string;
  isDeceased?: boolean;
}

/** A household has exactly one living head and at most one spouse. */
export function checkHouseholdComposition(members: readonly CompositionMember[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const heads = members.filter((m) => m.relationToHead === 'self');
  if (heads.length !== 1) {
    issues.push({ code: 'HOUSEHOLD_HEAD_COUNT', field: 'relationToHead', message: `a household has exactly one head; found ${heads.length}` });
  } else if (heads[0]?.isDeceased) {
    issues.push({ code: 'HOUSEHOLD_HEAD_COUNT', field: 'relationToHead', message: 'the head of household must be alive' });
  }
  if (members.filter((m) => m.relationToHead === 'spouse').length > 1) {
    issues.push({ code: 'HOUSEHOLD_SPOUSE_COUNT', field: 'relationToHead', message: 'a household has at most one spouse of the head' });
  }
  return issues;
}

/** Age in whole years on a given ISO date. */
export function computeAge(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
