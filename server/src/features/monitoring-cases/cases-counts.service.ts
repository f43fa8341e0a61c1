import { OPEN_CASE_STATES } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { findVillageNames } from '../households/households.repository.ts';
import { countOpenAlertsByVillage } from './case-alerts.repository.ts';
import { presentCaseSummary } from './cases.presenter.ts';
import { findAllCases, findCasesForCounts } from './cases.repository.ts';
import type { CaseSummary, CountSet, CountsView, VillageAggregate } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

const emptyCounts = (): CountSet => ({ identified: 0, eliminated: 0, rejected: 0, open: 0, overdue: 0, noMeasure: 0 });
const isOpen = (c: CaseSummary) => c.closedOn === null;
const isOverdue = (c: CaseSummary) => c.flags.includes('stepOverdue') || c.flags.includes('decisionOverdue');

function addTo(set: CountSet, c: CaseSummary, from: string, to: string): void {
  if (c.includedOn !== null && c.includedOn >= from && c.includedOn <= to) set.identified += 1;
  if (c.closedOn !== null && c.closedOn >= from && c.closedOn <= to) {
    if (c.state === 'riskEliminated') set.eliminated += 1;
    if (c.state === 'rejected') set.rejected += 1;
  }
  if (isOpen(c)) {
    set.open += 1;
    if (isOverdue(c)) set.overdue += 1;
    if (c.flags.includes('noMeasure')) set.noMeasure += 1;
  }
}

/**
 * What an inspector asks for: cases identified (included) and eliminated in a period, rejected,
 * and open, overdue and without a measure today; in total, by type, by risk (a case counts under
 * each of its risks) and by village.
 */
export async function countCases(ctx: AppContext, actor: Actor, q: { region?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<CountsView> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (from > to) throw new AppError('VALIDATION_FAILED', 'the period ends before it starts', { field: 'to' });
  const cases = (await findCasesForCounts(ctx.db, actor, q.region, from, to)).map((r) => presentCaseSummary(r, today));
  const totals = emptyCounts();
  const byType: Record<string, CountSet> = {};
  const byRisk: Record<string, CountSet> = {};
  const byVillage = new Map<string, CountSet & { villageCode: string; villageName: string | null }>();
  for (const c of cases) {
    addTo(totals, c, from, to);
    addTo(byType[c.type] ??= emptyCounts(), c, from, to);
    for (const risk of c.risks) addTo(byRisk[risk] ??= emptyCounts(), c, from, to);
    let village = byVillage.get(c.villageCode);
    if (!village) byVillage.set(c.villageCode, village = { villageCode: c.villageCode, villageName: c.villageName, ...emptyCounts() });
    addTo(village, c, from, to);
  }
  return {
    regionCode: q.region ?? actor.regionCode, from, to, totals, byType, byRisk,
    byVillage: [...byVillage.values()].sort((a, b) => a.villageCode.localeCompare(b.villageCode)),
  };
}

/** Per village of the region with anything open: alerts open (and waiting for a case), cases open by state, overdue. */
export async function listVillageAggregates(ctx: AppContext, actor: Actor, region?: string): Promise<VillageAggregate[]> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const [alerts, cases] = await Promise.all([
    countOpenAlertsByVillage(ctx.db, actor, region),
    findAllCases(ctx.db, actor, { region, states: OPEN_CASE_STATES }),
  ]);
  const villages = new Map<string, VillageAggregate>();
  const villageOf = (code: string): VillageAggregate => {
    let v = villages.get(code);
    if (!v) {
      v = { villageCode: code, villageName: null, townshipCode: code.slice(0, 9), alertsOpen: 0, alertsUnattached: 0, casesOpen: 0, casesByState: { alerted: 0, verifying: 0, included: 0, assisting: 0 }, overdue: 0 };
      villages.set(code, v);
    }
    return v;
  };
  for (const a of alerts) Object.assign(villageOf(a.villageCode), { alertsOpen: a.open, alertsUnattached: a.unattached });
  for (const row of cases) {
    const c = presentCaseSummary(row, today);
    const v = villageOf(c.villageCode);
    v.casesOpen += 1;
    if (c.state === 'alerted' || c.state === 'verifying' || c.state === 'included' || c.state === 'assisting') v.casesByState[c.state] += 1;
    if (isOverdue(c)) v.overdue += 1;
  }
  const names = await findVillageNames(ctx.db, [...villages.keys()]);
  return [...villages.values()].map((v) => ({ ...v, villageName: names.get(v.villageCode) ?? null })).sort((a, b) => a.villageCode.localeCompare(b.villageCode));
}
