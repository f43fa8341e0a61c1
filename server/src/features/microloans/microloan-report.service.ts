import { computePortfolioRates, type Instalment, type LoanStanding, type Repayment } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { findLoans, findRegionNames, findSchedules, type LoanRow } from './microloans.repository.ts';
import { presentLoan, standingOf, toInstalment, toRepayment } from './microloans.presenter.ts';
import type { MicroloanListQuery, MicroloanReport, MicroloanView } from './microloans.schemas.ts';

interface LoanWithStanding { loan: LoanRow; instalments: Instalment[]; standing: LoanStanding | null }

async function loadLoans(ctx: AppContext, actor: Actor, filter: { region?: string; status?: string; householdId?: number }, asOf: string): Promise<LoanWithStanding[]> {
  const loans = await findLoans(ctx.db, actor, filter);
  const { instalments, repayments } = await findSchedules(ctx.db, loans.filter((l) => l.disbursedOn !== null).map((l) => l.id));
  const byLoan = <T extends { loanId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.loanId, [...(map.get(r.loanId) ?? []), r]);
    return map;
  };
  const inst = byLoan(instalments);
  const reps = byLoan(repayments);
  return loans.map((loan) => {
    const schedule = (inst.get(loan.id) ?? []).map(toInstalment);
    const paid: Repayment[] = (reps.get(loan.id) ?? []).map(toRepayment);
    return { loan, instalments: schedule, standing: standingOf(loan, schedule, paid, asOf) };
  });
}

export async function listMicroloans(ctx: AppContext, actor: Actor, query: MicroloanListQuery): Promise<MicroloanView[]> {
  requirePermission(actor, 'registry:read');
  const filter = { ...(query.region ? { region: query.region } : {}), ...(query.status ? { status: query.status } : {}), ...(query.householdId ? { householdId: query.householdId } : {}) };
  const rows = await loadLoans(ctx, actor, filter, todayInChina(ctx.now()));
  return rows
    .filter((r) => query.overdue === undefined || (r.standing?.isOverdue ?? false) === (query.overdue === 'true'))
    .map((r) => presentLoan(r.loan, r.standing));
}

/** Disbursed loans by village: balances, overdue and recovery rates, and the interest the state pays. */
export async function reportMicroloans(ctx: AppContext, actor: Actor, query: { region?: string; asOf?: string }): Promise<MicroloanReport> {
  requirePermission(actor, 'registry:read');
  const asOf = query.asOf ?? todayInChina(ctx.now());
  const rows = (await loadLoans(ctx, actor, query.region ? { region: query.region } : {}, asOf))
    .filter((r): r is LoanWithStanding & { standing: LoanStanding } => r.standing !== null && (r.loan.disbursedOn ?? '') <= asOf);
  const byVillage = new Map<string, typeof rows>();
  for (const r of rows) byVillage.set(r.loan.villageCode, [...(byVillage.get(r.loan.villageCode) ?? []), r]);
  const names = await findRegionNames(ctx.db, [...byVillage.keys()]);
  const summarize = (regionCode: string, group: typeof rows) => {
    const rates = computePortfolioRates(group.map((r) => r.standing));
    return {
      regionCode, regionName: names.get(regionCode) ?? null, loans: rates.loans,
      disbursedPrincipal: group.reduce((s, r) => s + Number(r.loan.principal), 0),
      outstandingPrincipal: rates.outstandingPrincipal, overdueLoans: rates.overdueLoans,
      interestSubsidy: group.reduce((s, r) => s + r.instalments.filter((i) => i.dueOn <= asOf).reduce((t, i) => t + i.interestSubsidy, 0), 0),
      overdueRate: rates.overdueRate, recoveryRate: rates.recoveryRate,
    };
  };
  return {
    asOf,
    total: summarize(query.region ?? actor.regionCode, rows),
    villages: [...byVillage.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, group]) => summarize(code, group)),
  };
}
