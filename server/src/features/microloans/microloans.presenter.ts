import { assessLoanStanding, totalSchedule, type Instalment, type LoanStanding, type Repayment } from '@fupin/core';
import type { MicroloanInstalmentTable, MicroloanRepaymentTable } from '../../db/tables/programmes.tables.ts';
import type { LoanRow } from './microloans.repository.ts';
import type { MicroloanDetail, MicroloanView } from './microloans.schemas.ts';

export function toInstalment(row: MicroloanInstalmentTable): Instalment {
  const principalDue = Number(row.principalDue);
  const interestDue = Number(row.interestDue);
  const interestSubsidy = Number(row.interestSubsidy);
  return { seq: row.seq, dueOn: row.dueOn, principalDue, interestDue, interestSubsidy, borrowerDue: principalDue + interestDue - interestSubsidy };
}

export function toRepayment(row: MicroloanRepaymentTable): Repayment & { id: string } {
  return { id: row.id, paidOn: row.paidOn, principal: Number(row.principal), interest: Number(row.interest) };
}

/** Where a disbursed loan stands on a date; null before disbursement. */
export function standingOf(loan: LoanRow, instalments: readonly Instalment[], repayments: readonly Repayment[], asOf: string): LoanStanding | null {
  if (loan.disbursedOn === null) return null;
  return assessLoanStanding(Number(loan.principal), instalments, repayments, asOf);
}

export function presentLoan(loan: LoanRow, standing: LoanStanding | null): MicroloanView {
  return {
    id: loan.id, memberId: loan.memberId, householdId: loan.householdId, householdNo: loan.householdNo, villageCode: loan.villageCode,
    memberName: loan.memberName, idMasked: loan.idMasked, principal: Number(loan.principal), termMonths: loan.termMonths,
    annualRateBasisPoints: loan.annualRateBasisPoints, interestSubsidyBasisPoints: loan.interestSubsidyBasisPoints,
    repaymentMethod: loan.repaymentMethod, purpose: loan.purpose, lender: loan.lender, status: loan.status, appliedOn: loan.appliedOn,
    decidedOn: loan.decidedOn, decisionReason: loan.decisionReason, disbursedOn: loan.disbursedOn, maturityOn: loan.maturityOn,
    settledOn: loan.settledOn, measureId: loan.measureId,
    standing: standing === null ? null : {
      principalRepaid: standing.principalRepaid, outstandingPrincipal: standing.outstandingPrincipal, principalMatured: standing.principalMatured,
      overduePrincipal: standing.overduePrincipal, overdueInterest: standing.overdueInterest, isOverdue: standing.isOverdue, daysOverdue: standing.daysOverdue,
    },
  };
}

export function presentLoanDetail(loan: LoanRow, instalments: readonly Instalment[], repayments: readonly (Repayment & { id: string })[], asOf: string): MicroloanDetail {
  return {
    ...presentLoan(loan, standingOf(loan, instalments, repayments, asOf)),
    instalments: [...instalments],
    repayments: repayments.map((r) => ({ id: r.id, paidOn: r.paidOn, principal: r.principal, interest: r.interest })),
    totals: totalSchedule(instalments),
  };
}
