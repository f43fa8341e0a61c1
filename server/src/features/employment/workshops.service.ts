import { checkDuplicateSubsidy, computeWorkshopSubsidy, isWithinRegion } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { resolveWritableVillage } from '../households/household-checks.ts';
import { recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveWorkshopPolicy } from '../programmes/programme-policy.service.ts';
import { assertProgrammeCheck, recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import {
  countCurrentWorkers, findClaim, findClaims, findSpellsOfMember, findWorkers, findWorkshopInScope, findWorkshops, insertWorker, insertWorkshop,
} from './workshops.repository.ts';
import type { WorkerInput, WorkerView, WorkshopInput, WorkshopSubsidyView, WorkshopView } from './workshops.schemas.ts';

type WorkerRow = Awaited<ReturnType<typeof findWorkers>>[number];

/** Workers from outside the actor's region are counted but shown without their personal details. */
function presentWorker(actor: Actor, w: WorkerRow): WorkerView {
  const visible = isWithinRegion(actor.regionCode, w.villageCode);
  return {
    id: w.id, workshopId: w.workshopId, memberId: w.memberId, householdId: visible ? w.householdId : null, householdNo: visible ? w.householdNo : '',
    villageCode: w.villageCode, memberName: visible ? w.memberName : '—', idMasked: visible ? w.idMasked : '',
    startedOn: w.startedOn, endedOn: w.endedOn, monthlyWage: Number(w.monthlyWage), householdStatus: w.householdStatus, measureId: w.measureId,
  };
}

export async function requireWorkshop(ctx: AppContext, actor: Actor, id: string) {
  const row = await findWorkshopInScope(ctx.db, actor, id);
  if (!row) throw new AppError('OUT_OF_SCOPE', `workshop ${id} not found in your region`);
  return row;
}

export async function createWorkshop(ctx: AppContext, actor: Actor, input: WorkshopInput): Promise<WorkshopView> {
  requirePermission(actor, 'assistance:write');
  const villageCode = await resolveWritableVillage(ctx.db, actor, input.villageCode);
  const at = ctx.now().toISOString();
  const row = { id: uuidv7(), ...input, villageCode, createdAt: at, createdBy: actor.userId, updatedAt: at };
  await ctx.db.transaction().execute(async (trx) => {
    await insertWorkshop(trx, row);
    await recordAudit(trx, actor, { action: 'create', entityType: 'workshop', entityId: row.id, regionCode: villageCode, details: { name: input.name, operator: input.operator } }, at);
  });
  return { ...row, currentWorkers: 0 };
}

export async function listWorkshops(ctx: AppContext, actor: Actor, region?: string): Promise<WorkshopView[]> {
  requirePermission(actor, 'registry:read');
  const rows = await findWorkshops(ctx.db, actor, region);
  const counts = await countCurrentWorkers(ctx.db, rows.map((r) => r.id), todayInChina(ctx.now()));
  return rows.map((r) => ({ id: r.id, villageCode: r.villageCode, name: r.name, operator: r.operator, industry: r.industry, contact: r.contact, openedOn: r.openedOn, currentWorkers: counts.get(r.id) ?? 0 }));
}

export async function getWorkshop(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, 'registry:read');
  const w = await requireWorkshop(ctx, actor, id);
  const workers = await findWorkers(ctx.db, id);
  const today = todayInChina(ctx.now());
  const claims = await findClaims(ctx.db, id);
  return {
    id: w.id, villageCode: w.villageCode, name: w.name, operator: w.operator, industry: w.industry, contact: w.contact, openedOn: w.openedOn,
    currentWorkers: workers.filter((x) => x.startedOn <= today && (x.endedOn === null || x.endedOn >= today)).length,
    workers: workers.map((x) => presentWorker(actor, x)),
    claims: claims.map((c) => ({ year: c.year, workerTotal: Number(c.workerTotal), employerTotal: Number(c.employerTotal), qualifyingWorkers: c.qualifyingWorkers, claimedAt: c.claimedAt })),
  };
}

/** Adds a member as a worker of a workshop; the same person twice over overlapping dates is refused. */
export async function addWorkshopWorker(ctx: AppContext, actor: Actor, workshopId: string, input: WorkerInput): Promise<WorkerView> {
  requirePermission(actor, 'assistance:write');
  const workshop = await requireWorkshop(ctx, actor, workshopId);
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.endedOn !== null && input.endedOn < input.startedOn) throw new AppError('VALIDATION_FAILED', 'the work ends before it starts', { field: 'endedOn' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const spells = (await findSpellsOfMember(trx, workshopId, member.id)).map((s) => ({ id: s.id, personId: s.memberId, kind: workshopId, from: s.startedOn, to: s.endedOn }));
    assertProgrammeCheck(checkDuplicateSubsidy({ id, personId: member.id, kind: workshopId, from: input.startedOn, to: input.endedOn }, spells));
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `workshopWorker:${id}`,
      input: {
        measureType: 'workshopJob', memberId: member.id, startDate: input.startedOn, endDate: input.endedOn, amount: null,
        inKind: `${workshop.name}：月工资${(input.monthlyWage / 100).toFixed(2)}元`, fundingSource: null, providerKind: 'enterprise',
        providerName: workshop.operator, status: 'inProgress', outcome: null,
      },
    }, at);
    const row = { ...input, id, workshopId, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId, createdAt: at, createdBy: actor.userId, updatedAt: at };
    await insertWorker(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'workshopWorker', entityId: id, action: 'create',
      before: null, after: { ...row, memberName: member.name }, details: { workshopId, memberId: member.id, startedOn: input.startedOn },
    }, at);
  });
  const created = (await findWorkers(ctx.db, workshopId)).find((w) => w.id === id);
  if (!created) throw new AppError('INTERNAL', 'the worker just added was not found');
  return presentWorker(actor, created);
}

/** The wage subsidy the workshop earns for a year under the rule in force there and then. */
export async function computeWorkshopSubsidyFor(ctx: AppContext, actor: Actor, workshopId: string, year: number): Promise<WorkshopSubsidyView> {
  requirePermission(actor, 'registry:read');
  const workshop = await requireWorkshop(ctx, actor, workshopId);
  const { rule } = await resolveWorkshopPolicy(ctx, workshop.villageCode, year);
  const workers = await findWorkers(ctx.db, workshopId);
  const result = computeWorkshopSubsidy(year, workers.map((w) => ({ workerId: w.id, memberId: w.memberId, householdStatus: w.householdStatus, startedOn: w.startedOn, endedOn: w.endedOn })), rule);
  const byMember = new Map(workers.map((w) => [w.memberId, presentWorker(actor, w)]));
  const claim = await findClaim(ctx.db, workshopId, year);
  return {
    workshopId, year, isEarned: result.isAllowed, qualifyingWorkers: result.qualifyingWorkers, workerTotal: result.workerTotal, employerTotal: result.employerTotal,
    workers: result.workers.map((w) => ({ memberId: w.memberId, memberName: byMember.get(w.memberId)?.memberName ?? '—', months: w.months, counts: w.counts, workerSubsidy: w.workerSubsidy, employerSubsidy: w.employerSubsidy })),
    rule: { minPoorWorkers: rule.minPoorWorkers, minMonths: rule.minMonths, workerMonthly: rule.workerMonthly, employerMonthly: rule.employerMonthly },
    reasons: result.reasons.map((r) => ({ code: r.code, field: r.field, message: r.message })),
    claimedAt: claim?.claimedAt ?? null,
  };
}
