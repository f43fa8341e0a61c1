import { computeHouseholdDues } from '@fupin/core';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import { todayInChina, type AppContext } from '../../../app-context.ts';
import { AppError } from '../../../errors/app-error.ts';
import { buildAssistancePlan } from '../assistance-plans/assistance-plans.builder.ts';
import { resolveAssistanceSettings } from '../assistance-settings/assistance-settings.service.ts';
import { findCadreRowForUser } from '../cadres/cadres.repository.ts';
import { findMonitoringStatusOf } from '../../monitoring-cases/case-status.service.ts';
import { findMeasures } from '../measures/measures.repository.ts';
import { findIncomeYears, findLastVisits, findMembersOf, findOpenFollowUps, findPairedHouseholds } from './my-households.repository.ts';
import type { MyHouseholdsView } from './my-households.schemas.ts';

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/**
 * The signed-in cadre's paired households with what is due on each: an overdue visit, measures for
 * unanswered causes, a developmental measure, last year's income survey, open follow-ups; and its
 * open monitoring case and alerts.
 */
export async function listMyHouseholds(ctx: AppContext, actor: Actor): Promise<MyHouseholdsView> {
  requirePermission(actor, 'registry:read');
  const cadre = await findCadreRowForUser(ctx.db, actor.userId);
  if (!cadre) throw new AppError('NOT_FOUND', 'your account is not linked to a cadre; ask your administrator to link it');
  const today = todayInChina(ctx.now());
  const households = await findPairedHouseholds(ctx.db, actor, cadre.id, today);
  const ids = households.map((h) => h.id);
  const [members, measures, lastVisits, followUps, incomes, monitoring] = await Promise.all([
    findMembersOf(ctx.db, ids), findMeasures(ctx.db, ids), findLastVisits(ctx.db, ids), findOpenFollowUps(ctx.db, ids), findIncomeYears(ctx.db, ids),
    findMonitoringStatusOf(ctx, ids),
  ]);
  const membersBy = groupBy(members, (m) => m.householdId);
  const measuresBy = groupBy(measures, (m) => m.householdId);
  const followUpsBy = groupBy(followUps, (f) => f.householdId);
  const incomesBy = groupBy(incomes, (i) => i.householdId);
  const lastVisitBy = new Map(lastVisits.map((v) => [v.householdId, v.lastVisitDate === null ? null : String(v.lastVisitDate)]));
  const intervals = new Map<string, number>();
  const views = [];
  for (const h of households) {
    let interval = intervals.get(h.villageCode);
    if (interval === undefined) {
      interval = (await resolveAssistanceSettings(ctx.db, h.villageCode)).visitIntervalDays;
      intervals.set(h.villageCode, interval);
    }
    const plan = buildAssistancePlan(h, membersBy.get(h.id) ?? [], measuresBy.get(h.id) ?? []);
    const lastVisitDate = lastVisitBy.get(h.id) ?? null;
    const dues = computeHouseholdDues({
      today, pairingStart: h.pairingStart, lastVisitDate, visitIntervalDays: interval, plan,
      incomeYears: (incomesBy.get(h.id) ?? []).map((i) => i.year),
      openFollowUps: (followUpsBy.get(h.id) ?? []).map((f) => ({ visitId: f.id, followUp: f.followUp ?? '', dueDate: f.followUpDue })),
    });
    views.push({
      householdId: h.id, householdNo: h.householdNo, headName: h.headName, phone: h.phone, villageCode: h.villageCode, villageName: h.villageName,
      povertyStatus: h.povertyStatus, mainCause: h.mainCause, pairingStart: h.pairingStart, lastVisitDate, unansweredCauses: plan.unansweredCauses, dues,
      openCase: monitoring.get(h.id)?.openCase ?? null, openAlerts: monitoring.get(h.id)?.openAlerts ?? 0,
    });
  }
  return { cadreId: cadre.id, cadreName: cadre.name, visitIntervalDays: intervals.values().next().value ?? (await resolveAssistanceSettings(ctx.db, cadre.regionCode)).visitIntervalDays, households: views };
}
