import { checkDuplicateSubsidy, computeAssistanceWorkshopSubsidy, isWithinRegion } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { resolveWritableVillage } from '../households/household-checks.ts';
import { recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveAssistanceWorkshopPolicy } from '../programmes/programme-policy.service.ts';
import { assertProgrammeCheck, recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import {
  countCurrentWorkers, findClaim, findClaims, findSpellsOfMember, findWorkers, findAssistanceWorkshopInScope, findAssistanceWorkshops, insertWorker, insertAssistanceWorkshop,
} from './assistance-workshops.repository.ts';
import type { WorkerInput, WorkerView, AssistanceWorkshopInput, AssistanceWorkshopSubsidyView, AssistanceWorkshopView } from './assistance-workshops.schemas.ts';

type WorkerRow = Awaited<ReturnType<typeof findWorkers>>[number];

/** Workers from outside the actor's region are counted but shown without their personal details. */
function presentWorker(actor: Actor, w: WorkerRow): WorkerView {
  const visible = isWithinRegion(actor.regionCode, w.villageCode);
  return {
    id: w.id, assistanceWorkshopId: w.assistanceWorkshopId, memberId: w.memberId, householdId: visible ? w.householdId : null, householdNo: visible ? w.householdNo : '',
    villageCode: w.villageCode, memberName: visible ? w.memberName : '—', idMasked: visible ? w.idMasked : '',
    startedOn: w.startedOn, endedOn: w.endedOn, monthlyWage: Number(w.monthlyWage), householdStatus: w.householdStatus, measureId: w.measureId,
  };
}

export async function requireAssistanceWorkshop(ctx: AppContext, actor: Actor, id: string) {
  const row = await findAssistanceWorkshopInScope(ctx.db, actor, id);
  if (!row) throw new AppError('OUT_OF_SCOPE', `workshop ${id} not found in your region`);
  return row;
}

export async function createAssistanceWorkshop(ctx: AppContext, actor: Actor, input: AssistanceWorkshopInput): Promise<AssistanceWorkshopView> {
  requirePermission(actor, 'assistance:write');
  const villageCode = await resolveWritableVillage(ctx.db, actor, input.villageCode);
  const at = ctx.now().toISOString();
  const row = { id: uuidv7(), ...input, villageCode, createdAt: at, createdBy: actor.userId, updatedAt: at };
  await ctx.db.transaction().execute(async (trx) => {
    await insertAssistanceWorkshop(trx, row);
    await recordAudit(trx, actor, { action: 'create', entityType: 'workshop', entityId: row.id, regionCode: villageCode, details: { name: input.name, operator: input.operator } }, at);
  });
  return { ...row, currentWorkers: 0 };
}

export async function listAssistanceWorkshops(ctx: AppContext, actor: Actor, region?: string): Promise<AssistanceWorkshopView[]> {
  requirePermission(actor, 'registry:read');
  const rows = await findAssistanceWorkshops(ctx.db, actor, region);
  const counts = await countCurrentWorkers(ctx.db, rows.map((r) => r.id), todayInChina(ctx.now()));
  return rows.map((r) => ({ id: r.id, villageCode: r.villageCode, name: r.name, operator: r.operator, industry: r.industry, contact: r.contact, openedOn: r.openedOn, currentWorkers: counts.get(r.id) ?? 0 }));
}

export async function getAssistanceWorkshop(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, 'registry:read');
  const w = await requireAssistanceWorkshop(ctx, actor, id);
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
export async function addAssistanceWorkshopWorker(ctx: AppContext, actor: Actor, assistanceWorkshopId: string, input: WorkerInput): Promise<WorkerView> {
  requirePermission(actor, 'assistance:write');
  const assistanceWorkshop = await requireAssistanceWorkshop(ctx, actor, assistanceWorkshopId);
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.endedOn !== null && input.endedOn < input.startedOn) throw new AppError('VALIDATION_FAILED', 'the work ends before it starts', { field: 'endedOn' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const spells = (await findSpellsOfMember(trx, assistanceWorkshopId, member.id)).map((s) => ({ id: s.id, personId: s.memberId, kind: assistanceWorkshopId, from: s.startedOn, to: s.endedOn }));
    assertProgrammeCheck(checkDuplicateSubsidy({ id, personId: member.id, kind: assistanceWorkshopId, from: input.startedOn, to: input.endedOn }, spells));
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `workshopWorker:${id}`,
      input: {
        measureType: 'workshopJob', memberId: member.id, startDate: input.startedOn, endDate: input.endedOn, amount: null,
        inKind: `${assistanceWorkshop.name}：月工资${(input.monthlyWage / 100).toFixed(2)}元`, fundingSource: null, providerKind: 'enterprise',
        providerName: assistanceWorkshop.operator, status: 'inProgress', outcome: null,
      },
    }, at);
    const row = { ...input, id, assistanceWorkshopId, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId, createdAt: at, createdBy: actor.userId, updatedAt: at };
    await insertWorker(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'workshopWorker', entityId: id, action: 'create',
      before: null, after: { ...row, memberName: member.name }, details: { assistanceWorkshopId, memberId: member.id, startedOn: input.startedOn },
    }, at);
  });
  const created = (await findWorkers(ctx.db, assistanceWorkshopId)).find((w) => w.id === id);
  if (!created) throw new AppError('INTERNAL', 'the worker just added was not found');
  return presentWorker(actor, created);
}

/** The wage subsidy the workshop earns for a year under the rule in force there and then. */
export async function computeAssistanceWorkshopSubsidyFor(ctx: AppContext, actor: Actor, assistanceWorkshopId: string, year: number): Promise<AssistanceWorkshopSubsidyView> {
  requirePermission(actor, 'registry:read');
  const assistanceWorkshop = await requireAssistanceWorkshop(ctx, actor, assistanceWorkshopId);
  const { rule } = await resolveAssistanceWorkshopPolicy(ctx, assistanceWorkshop.villageCode, year);
  const workers = await findWorkers(ctx.db, assistanceWorkshopId);
  const result = computeAssistanceWorkshopSubsidy(year, workers.map((w) => ({ workerId: w.id, memberId: w.memberId, householdStatus: w.householdStatus, startedOn: w.startedOn, endedOn: w.endedOn })), rule);
  const byMember = new Map(workers.map((w) => [w.memberId, presentWorker(actor, w)]));
  const claim = await findClaim(ctx.db, assistanceWorkshopId, year);
  return {
    assistanceWorkshopId, year, isEarned: result.isAllowed, qualifyingWorkers: result.qualifyingWorkers, workerTotal: result.workerTotal, employerTotal: result.employerTotal,
    workers: result.workers.map((w) => ({ memberId: w.memberId, memberName: byMember.get(w.memberId)?.memberName ?? '—', months: w.months, counts: w.counts, workerSubsidy: w.workerSubsidy, employerSubsidy: w.employerSubsidy })),
    rule: { minPoorWorkers: rule.minPoorWorkers, minMonths: rule.minMonths, workerMonthly: rule.workerMonthly, employerMonthly: rule.employerMonthly },
    reasons: result.reasons.map((r) => ({ code: r.code, field: r.field, message: r.message })),
    claimedAt: claim?.claimedAt ?? null,
  };
}
