import type { DecisionReason } from '../policy/decision.ts';

export type BenefitCode =
  | 'educationAid' | 'universityEntrantGrant' | 'universityAid' | 'yuluProgramme'
  | 'dibao' | 'extremePovertySupport' | 'exitReward' | 'microloan';

/** One benefit a household (or one of its members) is entitled to in a year, with why. */
export interface Entitlement {
  readonly benefit: BenefitCode;
  readonly memberId: number | null;
  readonly memberName: string | null;
  /** Fen for the year; for a microloan, the largest loan the household may take. */
  readonly amount: number;
  readonly kind: 'grant' | 'allowance' | 'loanEligibility';
  readonly reason: DecisionReason;
}
