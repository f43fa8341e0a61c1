import type { AppContext } from '../../app-context.ts';
import { presentCaseSummary } from './cases.presenter.ts';
import { countOpenAlertsOf, findOpenCasesOf } from './cases.repository.ts';
import type { CaseSummary } from './cases.schemas.ts';
import { todayInChina } from '../../app-context.ts';

export interface HouseholdMonitoringStatus {
  openCase: Pick<CaseSummary, 'id' | 'state' | 'currentStep' | 'flags'> | null;
  openAlerts: number;
}

/**
 * Each household's open monitoring case (state, step, flags) and open alerts, for lists of
 * households the caller has already scoped (a paired cadre's "my households").
 */
export async function findMonitoringStatusOf(ctx: AppContext, householdIds: readonly number[]): Promise<Map<number, HouseholdMonitoringStatus>> {
  const today = todayInChina(ctx.now());
  const [cases, alerts] = await Promise.all([findOpenCasesOf(ctx.db, householdIds), countOpenAlertsOf(ctx.db, householdIds)]);
  const byHousehold = new Map(cases.map((r) => [r.householdId, presentCaseSummary(r, today)]));
  return new Map(householdIds.map((id) => {
    const c = byHousehold.get(id);
    return [id, { openCase: c ? { id: c.id, state: c.state, currentStep: c.currentStep, flags: c.flags } : null, openAlerts: alerts.get(id) ?? 0 }];
  }));
}
