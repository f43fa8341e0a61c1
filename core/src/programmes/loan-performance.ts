import { daysBetween, mulDivRound } from './programme-decision.ts';
import type { Instalment } from './repayment-schedule.ts';

export interface Repayment {
  paidOn: string;
  principal: number;
  /** Interest the borrower paid (the unsubsidised part). */
  interest: number;
}

export interface LoanStanding {
  principal: number;
  principalRepaid: number;
  outstandingPrincipal: number;
  /** Principal of the instalments due by the date. */
  principalMatured: number;
  overduePrincipal: number;
  overdueInterest: number;
  isOverdue: boolean;
  /** Days since the earliest instalment that is still not covered; 0 when none is. */
  daysOverdue: number;
}

/**
 * Where a loan stands on a date: repayments made by then cover the instalments in order, so a
 * loan is overdue when what has come due (principal, or the borrower's share of interest) exceeds
 * what has been paid.
 */
export function assessLoanStanding(principal: number, schedule: readonly Instalment[], repayments: readonly Repayment[], asOf: string): LoanStanding {
  const paid = repayments.filter((r) => r.paidOn <= asOf);
  const principalRepaid = paid.reduce((s, r) => s + r.principal, 0);
  const interestPaid = paid.reduce((s, r) => s + r.interest, 0);
  const due = schedule.filter((i) => i.dueOn < asOf);
  const principalMatured = due.reduce((s, i) => s + i.principalDue, 0);
  const interestMatured = due.reduce((s, i) => s + i.interestDue - i.interestSubsidy, 0);
  const overduePrincipal = Math.max(0, principalMatured - principalRepaid);
  const overdueInterest = Math.max(0, interestMatured - interestPaid);

  let coveredPrincipal = principalRepaid;
  let coveredInterest = interestPaid;
  let firstUncovered: string | undefined;
  for (const instalment of due) {
    coveredPrincipal -= instalment.principalDue;
    coveredInterest -= instalment.interestDue - instalment.interestSubsidy;
    if (coveredPrincipal < 0 || coveredInterest < 0) {
      firstUncovered = instalment.dueOn;
      break;
    }
  }
  return {
    principal, principalRepaid, outstandingPrincipal: Math.max(0, principal - principalRepaid), principalMatured,
    overduePrincipal, overdueInterest, isOverdue: firstUncovered !== undefined,
    daysOverdue: firstUncovered === undefined ? 0 : daysBetween(firstUncovered, asOf),
  };
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator in basis points (1 % = 100), rounded; null when nothing is counted. */
  basisPoints: number | null;
}

function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, basisPoints: denominator === 0 ? null : mulDivRound(numerator, 10_000, denominator) };
}

export interface PortfolioRates {
  loans: number;
  overdueLoans: number;
  outstandingPrincipal: number;
  /** 逾期率: outstanding principal of overdue loans ÷ all outstanding principal. */
  overdueRate: Rate;
  /** 回收率: matured principal repaid ÷ principal matured. */
  recoveryRate: Rate;
}

export function computePortfolioRates(standings: readonly LoanStanding[]): PortfolioRates {
  const outstanding = standings.reduce((s, l) => s + l.outstandingPrincipal, 0);
  const overdueBalance = standings.filter((l) => l.isOverdue).reduce((s, l) => s + l.outstandingPrincipal, 0);
  const matured = standings.reduce((s, l) => s + l.principalMatured, 0);
  const recovered = standings.reduce((s, l) => s + Math.min(l.principalRepaid, l.principalMatured), 0);
  return {
    loans: standings.length,
    overdueLoans: standings.filter((l) => l.isOverdue).length,
    outstandingPrincipal: outstanding,
    overdueRate: rateOf(overdueBalance, outstanding),
    recoveryRate: rateOf(recovered, matured),
  };
}
