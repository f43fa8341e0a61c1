import { addMonths, mulDivRound } from './programme-decision.ts';

export type RepaymentMethod = 'principalAtMaturity' | 'equalPrincipal';

export interface LoanTerms {
  principal: number;
  termMonths: number;
  annualRateBasisPoints: number;
  interestSubsidyBasisPoints: number;
  disbursedOn: string;
  method: RepaymentMethod;
}

export interface Instalment {
  seq: number;
  dueOn: string;
  principalDue: number;
  interestDue: number;
  /** The part of the interest the state pays (贴息). */
  interestSubsidy: number;
  /** What the household pays: principal plus the interest not subsidised. */
  borrowerDue: number;
}

/** Interest is settled every quarter (按季结息), the last period being shorter when the term is. */
const PERIOD_MONTHS = 3;

/**
 * The repayment schedule of a disbursed loan: one instalment per quarter and one at maturity.
 * Interest for a period = outstanding principal × annual rate × months ÷ 12, rounded to the fen;
 * principal is repaid at maturity or in equal parts (the rounding remainder in the last).
 */
export function buildRepaymentSchedule(terms: LoanTerms): Instalment[] {
  const periods = Math.ceil(terms.termMonths / PERIOD_MONTHS);
  const equalPart = Math.floor(terms.principal / periods);
  const instalments: Instalment[] = [];
  let outstanding = terms.principal;
  let elapsed = 0;
  for (let seq = 1; seq <= periods; seq += 1) {
    const months = Math.min(PERIOD_MONTHS, terms.termMonths - elapsed);
    elapsed += months;
    const isLast = seq === periods;
    const principalDue = isLast ? outstanding : terms.method === 'equalPrincipal' ? equalPart : 0;
    const interestDue = mulDivRound(outstanding, terms.annualRateBasisPoints * months, 10_000 * 12);
    const interestSubsidy = mulDivRound(interestDue, terms.interestSubsidyBasisPoints, 10_000);
    instalments.push({
      seq, dueOn: addMonths(terms.disbursedOn, elapsed), principalDue, interestDue, interestSubsidy,
      borrowerDue: principalDue + interestDue - interestSubsidy,
    });
    outstanding -= principalDue;
  }
  return instalments;
}

export interface ScheduleTotals {
  principal: number;
  interest: number;
  interestSubsidy: number;
  borrowerInterest: number;
}

export function totalSchedule(instalments: readonly Instalment[]): ScheduleTotals {
  const sum = (pick: (i: Instalment) => number) => instalments.reduce((s, i) => s + pick(i), 0);
  const interest = sum((i) => i.interestDue);
  const interestSubsidy = sum((i) => i.interestSubsidy);
  return { principal: sum((i) => i.principalDue), interest, interestSubsidy, borrowerInterest: interest - interestSubsidy };
}
