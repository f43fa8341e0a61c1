import type { BasicNeedsItems } from '../basic-needs/basic-needs.ts';

/** A year's income as the evaluation needs it (fen). */
export interface HouseholdIncomeFacts {
  readonly year: number;
  readonly netIncome: number;
  readonly netIncomePerCapita: number;
  readonly householdSize: number;
}

export interface HouseholdBasicNeedsFacts {
  readonly checkedOn: string;
  readonly items: BasicNeedsItems;
}

/** A member as the evaluation needs them; facts the registry does not keep are optional. */
export interface MemberFacts {
  readonly id: number;
  readonly name: string;
  readonly schoolStatus: string;
  readonly schoolGrade: number | null;
  readonly laborCapacity: string;
  readonly receivesDibao: boolean;
  readonly receivesExtremePovertySupport: boolean;
  /** Boarding at school (寄宿); unknown counts as a day student. */
  readonly isBoarding?: boolean | null;
  /** The year a university student entered; unknown is derived from the grade. */
  readonly universityEntryYear?: number | null;
  /** Studying outside the home region (for the entrants' grant); unknown counts as in-region. */
  readonly studiesOutOfRegion?: boolean | null;
  readonly isOrphan?: boolean;
}

export interface HouseholdFacts {
  readonly householdId: number;
  readonly year: number;
  readonly povertyStatus: string;
  readonly householdType: string;
  readonly yearExited: number | null;
  /** Village households are rural; the urban/rural split picks the social-assistance amounts. */
  readonly area: 'rural' | 'urban';
  readonly income: HouseholdIncomeFacts | null;
  readonly basicNeeds: HouseholdBasicNeedsFacts | null;
  /** Living members who have not moved out. */
  readonly members: readonly MemberFacts[];
}

/** Statuses of households on the roll whose policies continue (脱贫不脱政策 keeps exited ones). */
export const REGISTERED_STATUSES: readonly string[] = ['poor', 'exited', 'relapsed'];

export function isRegisteredPoor(facts: Pick<HouseholdFacts, 'povertyStatus'>): boolean {
  return REGISTERED_STATUSES.includes(facts.povertyStatus);
}

export function isDibaoFamily(facts: Pick<HouseholdFacts, 'householdType' | 'members'>): boolean {
  return facts.householdType === 'dibao' || facts.householdType === 'extremePovertySupport' || facts.members.some((m) => m.receivesDibao);
}
