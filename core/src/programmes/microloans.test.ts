import { describe, expect, it } from 'vitest';
import { assessLoanStanding, computePortfolioRates } from './loan-performance.ts';
import { checkMicroloanApplication, type MicroloanPolicy } from './microloan-rules.ts';
import { addMonths } from './programme-decision.ts';
import { buildRepaymentSchedule, totalSchedule, type LoanTerms } from './repayment-schedule.ts';

// The seed policy: up to 50 000 yuan, at most 5 years, full interest subsidy.
const policy: MicroloanPolicy = {
  maxPrincipal: 5_000_000, maxTermMonths: 60, interestSubsidyBasisPoints: 10_000,
  eligibleStatuses: ['poor', 'exited', 'relapsed'],
};
const ok = { principal: 5_000_000, termMonths: 36, householdStatus: 'exited', outstandingPrincipal: 0 };

describe('checkMicroloanApplication', () => {
  it.each<[string, Partial<typeof ok>, string[]]>([
    ['at the cap and a 3-year term', {}, []],
    ['at the longest term', { termMonths: 60 }, []],
    ['one fen above the cap', { principal: 5_000_001 }, ['MICROLOAN_ABOVE_CAP']],
    ['a 61-month term', { termMonths: 61 }, ['MICROLOAN_TERM_TOO_LONG']],
    ['a household that is not poor', { householdStatus: 'notPoor' }, ['MICROLOAN_NOT_ELIGIBLE']],
    ['a second loan while one is owed', { outstandingPrincipal: 1 }, ['DUPLICATE_SUBSIDY']],
    ['everything wrong at once', { principal: 9_000_000, termMonths: 72, householdStatus: 'applicant' }, ['MICROLOAN_ABOVE_CAP', 'MICROLOAN_TERM_TOO_LONG', 'MICROLOAN_NOT_ELIGIBLE']],
  ])('%s', (_name, changes, codes) => {
    const check = checkMicroloanApplication({ ...ok, ...changes }, policy);
    expect(check.reasons.map((r) => r.code)).toEqual(codes);
    expect(check.isAllowed).toBe(codes.length === 0);
  });

  it('names the values that decided a refusal', () => {
    const [reason] = checkMicroloanApplication({ ...ok, principal: 6_000_000 }, policy).reasons;
    expect(reason).toMatchObject({ field: 'principal', values: { principal: 6_000_000, maxPrincipal: 5_000_000 } });
  });
});

const terms: LoanTerms = { principal: 5_000_000, termMonths: 36, annualRateBasisPoints: 385, interestSubsidyBasisPoints: 10_000, disbursedOn: '2020-01-15', method: 'principalAtMaturity' };

describe('buildRepaymentSchedule', () => {
  it('settles interest each quarter and the principal at maturity, all interest subsidised', () => {
    const schedule = buildRepaymentSchedule(terms);
    expect(schedule).toHaveLength(12);
    // 5 000 000 × 3.85 % × 3 ÷ 12 = 48 125 fen a quarter
    expect(schedule[0]).toEqual({ seq: 1, dueOn: '2020-04-15', principalDue: 0, interestDue: 48_125, interestSubsidy: 48_125, borrowerDue: 0 });
    expect(schedule[11]).toMatchObject({ dueOn: '2023-01-15', principalDue: 5_000_000, borrowerDue: 5_000_000 });
    expect(totalSchedule(schedule)).toEqual({ principal: 5_000_000, interest: 577_500, interestSubsidy: 577_500, borrowerInterest: 0 });
  });

  it('repays equal principal with interest on the falling balance; a half subsidy leaves the borrower half', () => {
    const schedule = buildRepaymentSchedule({ ...terms, principal: 1_000_000, termMonths: 12, method: 'equalPrincipal', interestSubsidyBasisPoints: 5_000 });
    expect(schedule.map((i) => i.principalDue)).toEqual([250_000, 250_000, 250_000, 250_000]);
    // 1 000 000 × 385 × 3 ÷ 120 000 = 9 625; 750 000 → 7 218.75 → 7 219; 500 000 → 4 812.5 → 4 813; 250 000 → 2 406.25 → 2 406
    expect(schedule.map((i) => i.interestDue)).toEqual([9_625, 7_219, 4_813, 2_406]);
    expect(schedule[0]).toMatchObject({ interestSubsidy: 4_813, borrowerDue: 250_000 + 4_812 });
  });

  it('puts the rounding remainder of equal principal in the last instalment and shortens a last partial quarter', () => {
    const schedule = buildRepaymentSchedule({ ...terms, principal: 1_000_000, termMonths: 8, method: 'equalPrincipal' });
    expect(schedule.map((i) => i.principalDue)).toEqual([333_333, 333_333, 333_334]);
    expect(schedule.map((i) => i.dueOn)).toEqual(['2020-04-15', '2020-07-15', '2020-09-15']);
    // last period: 333 334 × 385 × 2 ÷ 120 000 = 2 138.93 → 2 139
    expect(schedule[2]?.interestDue).toBe(2_139);
  });

  it('keeps month ends inside short months', () => {
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});

describe('loan standing and portfolio rates', () => {
  const schedule = buildRepaymentSchedule({ ...terms, principal: 1_200_000, termMonths: 12, method: 'equalPrincipal' });

  it('is current when what came due has been paid', () => {
    const standing = assessLoanStanding(1_200_000, schedule, [{ paidOn: '2020-04-10', principal: 300_000, interest: 0 }], '2020-06-01');
    expect(standing).toMatchObject({ principalMatured: 300_000, overduePrincipal: 0, isOverdue: false, daysOverdue: 0, outstandingPrincipal: 900_000 });
  });

  it('is overdue from the first instalment not covered, counting days from its due date', () => {
    const standing = assessLoanStanding(1_200_000, schedule, [{ paidOn: '2020-04-10', principal: 300_000, interest: 0 }], '2020-08-14');
    expect(standing).toMatchObject({ principalMatured: 600_000, overduePrincipal: 300_000, isOverdue: true, daysOverdue: 30 });
  });

  it('counts an instalment due today as not yet overdue and ignores later payments', () => {
    expect(assessLoanStanding(1_200_000, schedule, [], '2020-04-15').isOverdue).toBe(false);
    expect(assessLoanStanding(1_200_000, schedule, [{ paidOn: '2020-05-01', principal: 300_000, interest: 0 }], '2020-04-20').overduePrincipal).toBe(300_000);
  });

  it('treats unpaid unsubsidised interest as overdue', () => {
    const half = buildRepaymentSchedule({ ...terms, principal: 1_200_000, termMonths: 12, interestSubsidyBasisPoints: 5_000 });
    expect(assessLoanStanding(1_200_000, half, [], '2020-05-01')).toMatchObject({ overduePrincipal: 0, overdueInterest: 5_775, isOverdue: true });
  });

  it('computes the overdue rate on balances and the recovery rate on matured principal', () => {
    const current = assessLoanStanding(1_200_000, schedule, [{ paidOn: '2020-04-10', principal: 300_000, interest: 0 }], '2020-06-01');
    const late = assessLoanStanding(1_200_000, schedule, [], '2020-06-01');
    const rates = computePortfolioRates([current, late]);
    expect(rates).toMatchObject({ loans: 2, overdueLoans: 1, outstandingPrincipal: 2_100_000 });
    expect(rates.overdueRate).toEqual({ numerator: 1_200_000, denominator: 2_100_000, basisPoints: 5_714 });
    expect(rates.recoveryRate).toEqual({ numerator: 300_000, denominator: 600_000, basisPoints: 5_000 });
    expect(computePortfolioRates([]).overdueRate.basisPoints).toBeNull();
  });
});
