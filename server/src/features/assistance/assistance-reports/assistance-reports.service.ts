import { measureTypeRule, measureTypes, povertyCauses, visitOverdueDays, type PovertyCauseCode } from '@fupin/core';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import { todayInChina, type AppContext, yearInChina } from '../../../app-context.ts';
import { resolveAssistanceSettings } from '../assistance-settings/assistance-settings.service.ts';
import {
  findActivePairingsWithLastVisit, findCadresIn, findLiveMeasures, findMeasuresOfYear, findRegisteredHouseholds, findVillageNames, findVisitDates,
} from './assistance-reports.repository.ts';
import type { CadreActivityReport, CoverageReport, MoneyReport, ReportQuery } from './assistance-reports.schemas.ts';

function causesOf(mainCause: string | null, otherCauses: string): PovertyCauseCode[] {
  const parsed: unknown = JSON.parse(otherCauses);
  const all = [mainCause, ...(Array.isArray(parsed) ? parsed : [])];
  return [...new Set(all.filter((c): c is PovertyCauseCode => typeof c === 'string' && povertyCauses.has(c)))];
}

async function villageNameMap(ctx: AppContext, codes: Iterable<string>): Promise<Map<string, string>> {
  return new Map((await findVillageNames(ctx.db, [...new Set(codes)])).map((r) => [r.code, r.name]));
}

/** For each village and cause: registered households with it, and how many have a live measure answering it. */
export async function reportCoverage(ctx: AppContext, actor: Actor, query: ReportQuery): Promise<CoverageReport> {
  requirePermission(actor, 'registry:read');
  const households = await findRegisteredHouseholds(ctx.db, actor, query.regionCode);
  const measures = await findLiveMeasures(ctx.db, actor, query.regionCode);
  const typesBy = new Map<number, Set<string>>();
  for (const m of measures) typesBy.set(m.householdId, (typesBy.get(m.householdId) ?? new Set()).add(m.measureType));
  const cells = new Map<string, { villageCode: string; cause: PovertyCauseCode; households: number; answered: number }>();
  for (const h of households) {
    const types = [...(typesBy.get(h.id) ?? [])].filter((t) => measureTypes.has(t));
    for (const cause of causesOf(h.mainCause, h.otherCauses)) {
      const key = `${h.villageCode}|${cause}`;
      const cell = cells.get(key) ?? { villageCode: h.villageCode, cause, households: 0, answered: 0 };
      cell.households += 1;
      if (types.some((t) => measureTypes.has(t) && measureTypeRule(t).answersCauses.includes(cause))) cell.answered += 1;
      cells.set(key, cell);
    }
  }
  const names = await villageNameMap(ctx, [...cells.values()].map((c) => c.villageCode));
  const causeOrder = (c: string) => povertyCauses.codes.findIndex((x) => x === c);
  const rows = [...cells.values()]
    .sort((a, b) => a.villageCode.localeCompare(b.villageCode) || causeOrder(a.cause) - causeOrder(b.cause))
    .map((c) => ({ ...c, villageName: names.get(c.villageCode) ?? null }));
  const byCause = povertyCauses.codes.map((cause) => ({
    cause,
    households: rows.filter((r) => r.cause === cause).reduce((s, r) => s + r.households, 0),
    answered: rows.filter((r) => r.cause === cause).reduce((s, r) => s + r.answered, 0),
  })).filter((c) => c.households > 0);
  return { rows, byCause };
}

/** Per cadre: load, visits per month of the year, and paired households overdue for a visit today. */
export async function reportCadreActivity(ctx: AppContext, actor: Actor, query: ReportQuery): Promise<CadreActivityReport> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const year = query.year ?? yearInChina(ctx.now());
  const cadres = await findCadresIn(ctx.db, actor, query.regionCode);
  const ids = cadres.map((c) => c.id);
  const visits = await findVisitDates(ctx.db, ids, year);
  const pairings = await findActivePairingsWithLastVisit(ctx.db, ids, today);
  const intervals = new Map<string, number>();
  for (const p of pairings) {
    if (!intervals.has(p.villageCode)) intervals.set(p.villageCode, (await resolveAssistanceSettings(ctx.db, p.villageCode)).visitIntervalDays);
  }
  const rows = cadres.map((c) => {
    const byMonth = Array.from({ length: 12 }, () => 0);
    for (const v of visits) {
      if (v.cadreId === c.id) byMonth[Number(v.visitDate.slice(5, 7)) - 1] = (byMonth[Number(v.visitDate.slice(5, 7)) - 1] ?? 0) + 1;
    }
    const own = pairings.filter((p) => p.cadreId === c.id);
    const overdue = own.filter((p) => visitOverdueDays(p.lastVisitDate === null ? p.startDate : String(p.lastVisitDate), today, intervals.get(p.villageCode) ?? 30) > 0).length;
    return { cadreId: c.id, name: c.name, unit: c.unit, regionCode: c.regionCode, load: own.length, visitsByMonth: byMonth, visits: byMonth.reduce((s, n) => s + n, 0), overdueHouseholds: overdue };
  });
  return { year, rows };
}

/** Money of the year's measures per measure type and per household (largest first). */
export async function reportMoney(ctx: AppContext, actor: Actor, query: ReportQuery): Promise<MoneyReport> {
  requirePermission(actor, 'registry:read');
  const year = query.year ?? yearInChina(ctx.now());
  const measures = await findMeasuresOfYear(ctx.db, actor, year, query.regionCode);
  const byType = new Map<string, { measureType: string; measures: number; households: Set<number>; amount: number }>();
  const byHousehold = new Map<number, { householdId: number; householdNo: string; headName: string; villageCode: string; measures: number; amount: number }>();
  for (const m of measures) {
    const t = byType.get(m.measureType) ?? { measureType: m.measureType, measures: 0, households: new Set<number>(), amount: 0 };
    t.measures += 1;
    t.households.add(m.householdId);
    t.amount += m.amount ?? 0;
    byType.set(m.measureType, t);
    const h = byHousehold.get(m.householdId) ?? { householdId: m.householdId, householdNo: m.householdNo, headName: m.headName, villageCode: m.villageCode, measures: 0, amount: 0 };
    h.measures += 1;
    h.amount += m.amount ?? 0;
    byHousehold.set(m.householdId, h);
  }
  const names = await villageNameMap(ctx, [...byHousehold.values()].map((h) => h.villageCode));
  const typeOrder = (c: string) => measureTypes.codes.findIndex((x) => x === c);
  return {
    year,
    byType: [...byType.values()].sort((a, b) => typeOrder(a.measureType) - typeOrder(b.measureType)).map((t) => ({ ...t, households: t.households.size })),
    byHousehold: [...byHousehold.values()].sort((a, b) => b.amount - a.amount || a.householdNo.localeCompare(b.householdNo))
      .map((h) => ({ ...h, villageName: names.get(h.villageCode) ?? null })),
    total: measures.reduce((s, m) => s + (m.amount ?? 0), 0),
  };
}
