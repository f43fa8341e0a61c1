import { addMonthsToDate, buildRepaymentSchedule, checkMicroloanApplication } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { completeProgrammeMeasure, recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveMicroloanPolicy } from '../programmes/programme-policy.service.ts';
import { assertProgrammeCheck, recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import { findLiveLoansOfHousehold, findLoanInScope, findSchedules, insertInstalments, insertLoan, insertRepayment, updateLoan, type LoanRow } from './microloans.repository.ts';
import { presentLoanDetail, toInstalment, toRepayment } from './microloans.presenter.ts';
import type { MicroloanApplicationInput, MicroloanDetail, MicroloanRepaymentInput } from './microloans.schemas.ts';

export async function requireLoan(ctx: AppContext, actor: Actor, id: string): Promise<LoanRow> {
  const loan = await findLoanInScope(ctx.db, actor, id);
  if (!loan) throw new AppError('OUT_OF_SCOPE', `microloan ${id} not found in your region`);
  return loan;
}

export async function getMicroloan(ctx: AppContext, actor: Actor, id: string): Promise<MicroloanDetail> {
  requirePermission(actor, 'registry:read');
  const loan = await requireLoan(ctx, actor, id);
  const { instalments, repayments } = await findSchedules(ctx.db, [id]);
  return presentLoanDetail(loan, instalments.map(toInstalment), repayments.map(toRepayment), todayInChina(ctx.now()));
}

function assertState(loan: LoanRow, expected: string, action: string): void {
  if (loan.status !== expected) throw new AppError('MICROLOAN_STATE', `a ${loan.status} loan cannot be ${action}; it must be ${expected}`, { field: 'status' });
}

/** Checks the cap, term, eligibility and any live loan of the household under the policy of the year. */
async function checkApplication(ctx: AppContext, loan: { householdId: number; villageCode: string; principal: number; termMonths: number; povertyStatus: string; on: string; exceptId?: string }) {
  const { rule, citations } = await resolveMicroloanPolicy(ctx, loan.villageCode, Number(loan.on.slice(0, 4)));
  const live = (await findLiveLoansOfHousehold(ctx.db, loan.householdId)).filter((l) => l.id !== loan.exceptId);
  const { repayments } = await findSchedules(ctx.db, live.map((l) => l.id));
  const owed = live.reduce((s, l) => s + Number(l.principal), 0) - repayments.reduce((s, r) => s + Number(r.principal), 0);
  assertProgrammeCheck(checkMicroloanApplication({ principal: loan.principal, termMonths: loan.termMonths, householdStatus: loan.povertyStatus, outstandingPrincipal: owed }, rule));
  return { rule, citations };
}

/** A household applies; an application above the cap or term, or on top of a live loan, is refused with its reason. */
export async function applyForMicroloan(ctx: AppContext, actor: Actor, householdId: number, input: MicroloanApplicationInput): Promise<MicroloanDetail> {
  requirePermission(actor, 'assistance:write');
  const { household } = await requireAssistanceWritableHousehold(ctx, actor, householdId);
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId, householdId);
  if (input.appliedOn > todayInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the application date is in the future', { field: 'appliedOn' });
  const { rule } = await checkApplication(ctx, { householdId, villageCode: household.villageCode, principal: input.principal, termMonths: input.termMonths, povertyStatus: household.povertyStatus, on: input.appliedOn });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      ...input, id, householdId, memberId: member.id, villageCode: household.villageCode, measureId: null,
      interestSubsidyBasisPoints: rule.interestSubsidyBasisPoints, status: 'applied', createdAt: at, createdBy: actor.userId, updatedAt: at,
    };
    await insertLoan(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId, villageCode: household.villageCode, entityType: 'microloan', entityId: id, action: 'create', before: null, after: { ...row },
      details: { principal: input.principal, termMonths: input.termMonths, status: 'applied' },
    }, at);
  });
  return getMicroloan(ctx, actor, id);
}

/** Approval (rules checked again under the policy in force) or refusal with its reason, at township or county level. */
export async function decideMicroloan(ctx: AppContext, actor: Actor, id: string, input: { approve: boolean; reason: string }): Promise<MicroloanDetail> {
  requirePermission(actor, 'microloans:approve');
  const loan = await requireLoan(ctx, actor, id);
  assertState(loan, 'applied', 'decided');
  if (!input.approve && input.reason === '') throw new AppError('VALIDATION_FAILED', 'give the reason for refusing', { field: 'reason' });
  const today = todayInChina(ctx.now());
  if (input.approve) {
    const household = await requireAssistanceWritableHousehold(ctx, actor, loan.householdId);
    await checkApplication(ctx, { householdId: loan.householdId, villageCode: loan.villageCode, principal: Number(loan.principal), termMonths: loan.termMonths, povertyStatus: household.household.povertyStatus, on: today, exceptId: id });
  }
  await writeLoanChange(ctx, actor, loan, { status: input.approve ? 'approved' : 'refused', decidedOn: today, decidedBy: actor.userId, decisionReason: input.reason || null });
  return getMicroloan(ctx, actor, id);
}

/** Disbursement fixes the repayment schedule and the interest subsidy, and records the microloan measure. */
export async function disburseMicroloan(ctx: AppContext, actor: Actor, id: string, disbursedOn: string): Promise<MicroloanDetail> {
  requirePermission(actor, 'microloans:approve');
  const loan = await requireLoan(ctx, actor, id);
  assertState(loan, 'approved', 'disbursed');
  if (disbursedOn < loan.appliedOn || disbursedOn > todayInChina(ctx.now())) {
    throw new AppError('VALIDATION_FAILED', 'the disbursement date lies between the application and today', { field: 'disbursedOn' });
  }
  const { rule } = await resolveMicroloanPolicy(ctx, loan.villageCode, Number(disbursedOn.slice(0, 4)));
  const schedule = buildRepaymentSchedule({
    principal: Number(loan.principal), termMonths: loan.termMonths, annualRateBasisPoints: loan.annualRateBasisPoints,
    interestSubsidyBasisPoints: rule.interestSubsidyBasisPoints, disbursedOn, method: loan.repaymentMethod === 'equalPrincipal' ? 'equalPrincipal' : 'principalAtMaturity',
  });
  const maturityOn = addMonthsToDate(disbursedOn, loan.termMonths);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: loan.householdId, villageCode: loan.villageCode, source: `microloan:${id}`,
      input: {
        measureType: 'microloan', memberId: loan.memberId, startDate: disbursedOn, endDate: maturityOn, amount: Number(loan.principal), inKind: null,
        fundingSource: 'credit', providerKind: null, providerName: loan.lender, status: 'inProgress', outcome: loan.purpose,
      },
    }, at);
    await insertInstalments(trx, schedule.map((i) => ({ loanId: id, seq: i.seq, villageCode: loan.villageCode, dueOn: i.dueOn, principalDue: i.principalDue, interestDue: i.interestDue, interestSubsidy: i.interestSubsidy })));
    await writeLoanChangeIn(trx, actor, loan, { status: 'disbursed', disbursedOn, maturityOn, measureId, interestSubsidyBasisPoints: rule.interestSubsidyBasisPoints }, at);
  });
  return getMicroloan(ctx, actor, id);
}

/** A repayment; the loan is settled when no principal is left, and its measure completed. */
export async function recordMicroloanRepayment(ctx: AppContext, actor: Actor, id: string, input: MicroloanRepaymentInput): Promise<MicroloanDetail> {
  requirePermission(actor, 'assistance:write');
  const loan = await requireLoan(ctx, actor, id);
  await requireAssistanceWritableHousehold(ctx, actor, loan.householdId);
  assertState(loan, 'disbursed', 'repaid');
  if (loan.disbursedOn === null || input.paidOn < loan.disbursedOn || input.paidOn > todayInChina(ctx.now())) {
    throw new AppError('VALIDATION_FAILED', 'the payment date lies between the disbursement and today', { field: 'paidOn' });
  }
  if (input.principal === 0 && input.interest === 0) throw new AppError('VALIDATION_FAILED', 'a repayment pays principal or interest', { field: 'principal' });
  const detail = await getMicroloan(ctx, actor, id);
  const outstanding = detail.standing?.outstandingPrincipal ?? 0;
  if (input.principal > outstanding) throw new AppError('VALIDATION_FAILED', `only ${outstanding} fen of principal is owed`, { field: 'principal' });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertRepayment(trx, { id: uuidv7(), loanId: id, villageCode: loan.villageCode, ...input, recordedAt: at, recordedBy: actor.userId });
    const settles = input.principal === outstanding;
    if (settles && loan.measureId) await completeProgrammeMeasure(trx, actor, loan.measureId, input.paidOn, at);
    await writeLoanChangeIn(trx, actor, loan, settles ? { status: 'settled', settledOn: input.paidOn } : {}, at, { repayment: input });
  });
  return getMicroloan(ctx, actor, id);
}

type LoanChanges = Partial<Pick<LoanRow, 'status' | 'decidedOn' | 'decidedBy' | 'decisionReason' | 'disbursedOn' | 'maturityOn' | 'settledOn' | 'measureId' | 'interestSubsidyBasisPoints'>>;

async function writeLoanChange(ctx: AppContext, actor: Actor, loan: LoanRow, changes: LoanChanges): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute((trx) => writeLoanChangeIn(trx, actor, loan, changes, at));
}

async function writeLoanChangeIn(trx: Parameters<typeof insertLoan>[0], actor: Actor, loan: LoanRow, changes: LoanChanges, at: string, extra: Record<string, unknown> = {}): Promise<void> {
  if (!(await updateLoan(trx, loan.id, loan.version, { ...changes, updatedAt: at }))) {
    throw new AppError('VERSION_CONFLICT', 'the loan was changed meanwhile; reload it');
  }
  const { memberName: _n, idMasked: _i, householdNo: _h, ...before } = loan;
  await recordProgrammeChange(trx, actor, {
    householdId: loan.householdId, villageCode: loan.villageCode, entityType: 'microloan', entityId: loan.id,
    action: 'update', before, after: { ...before, ...changes, updatedAt: at }, details: { ...changes, ...extra },
  }, at);
}
