import { checkDuplicateSubsidy } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { type AppContext, yearInChina } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { completeProgrammeMeasure, recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { assertProgrammeCheck, recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import { endPost, findJobs, findPostInScope, findPosts, findPostsOfMember, insertJob, insertPost } from './employment.repository.ts';
import { presentJob, presentPost } from './employment.presenter.ts';
import type { JobInput, JobView, PostInput, PostView, ProgrammeListQuery } from './employment.schemas.ts';

function yuan(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}

/** Records a job a member held in a year, with its months and income; it shows as an employment measure. */
export async function recordJob(ctx: AppContext, actor: Actor, input: JobInput): Promise<JobView> {
  requirePermission(actor, 'assistance:write');
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.year > yearInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the year is in the future', { field: 'year' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `memberJob:${id}`,
      input: {
        measureType: input.kind === 'workshop' ? 'workshopJob' : 'employment', memberId: member.id,
        startDate: `${input.year}-01-01`, endDate: `${input.year}-12-31`, amount: null,
        inKind: `${input.employer}：${input.months}个月，收入${yuan(input.income)}元`, fundingSource: null,
        providerKind: 'enterprise', providerName: input.employer, status: 'completed', outcome: null,
      },
    }, at);
    const row = { ...input, id, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId, createdAt: at, createdBy: actor.userId, updatedAt: at };
    await insertJob(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'memberJob', entityId: id, action: 'create',
      before: null, after: presentJob({ ...row, memberName: member.name, idMasked: member.idMasked, householdNo: member.householdNo }),
      details: { memberId: member.id, year: input.year, months: input.months, income: input.income },
    }, at);
  });
  const [job] = (await findJobs(ctx.db, actor, { householdId: member.householdId })).filter((j) => j.id === id).map(presentJob);
  if (!job) throw new AppError('INTERNAL', 'the job just recorded was not found');
  return job;
}

export async function listJobs(ctx: AppContext, actor: Actor, query: ProgrammeListQuery): Promise<JobView[]> {
  requirePermission(actor, 'registry:read');
  return (await findJobs(ctx.db, actor, { ...query })).map(presentJob);
}

/** Appoints a member to a public welfare post; one post per person at a time (一人一岗). */
export async function recordPost(ctx: AppContext, actor: Actor, input: PostInput): Promise<PostView> {
  requirePermission(actor, 'assistance:write');
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.endedOn !== null && input.endedOn < input.startedOn) throw new AppError('VALIDATION_FAILED', 'the post ends before it starts', { field: 'endedOn' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = (await findPostsOfMember(trx, member.id)).map((p) => ({ id: p.id, personId: p.memberId, kind: 'publicWelfarePost', from: p.startedOn, to: p.endedOn }));
    assertProgrammeCheck(checkDuplicateSubsidy({ id, personId: member.id, kind: 'publicWelfarePost', from: input.startedOn, to: input.endedOn }, existing));
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `publicWelfarePost:${id}`,
      input: {
        measureType: 'publicWelfarePost', memberId: member.id, startDate: input.startedOn, endDate: input.endedOn, amount: null,
        inKind: `${input.title}：每月${yuan(input.monthlyAllowance)}元`, fundingSource: null, providerKind: null, providerName: input.fundingSource,
        status: 'inProgress', outcome: null,
      },
    }, at);
    const row = { ...input, id, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId, createdAt: at, createdBy: actor.userId, updatedAt: at };
    await insertPost(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'publicWelfarePost', entityId: id, action: 'create',
      before: null, after: presentPost({ ...row, memberName: member.name, idMasked: member.idMasked, householdNo: member.householdNo }),
      details: { memberId: member.id, title: input.title, monthlyAllowance: input.monthlyAllowance, startedOn: input.startedOn },
    }, at);
  });
  return requirePostView(ctx, actor, id);
}

/** Ends a post (the member left it); the linked measure is completed. */
export async function endPublicWelfarePost(ctx: AppContext, actor: Actor, postId: string, endedOn: string): Promise<PostView> {
  requirePermission(actor, 'assistance:write');
  const before = await findPostInScope(ctx.db, actor, postId);
  if (!before) throw new AppError('OUT_OF_SCOPE', `post ${postId} not found in your region`);
  await requireAssistanceWritableHousehold(ctx, actor, before.householdId);
  if (endedOn < before.startedOn) throw new AppError('VALIDATION_FAILED', 'the post ends before it starts', { field: 'endedOn' });
  const view = await requirePostView(ctx, actor, postId);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await endPost(trx, postId, endedOn, at);
    if (before.measureId) await completeProgrammeMeasure(trx, actor, before.measureId, endedOn, at);
    await recordProgrammeChange(trx, actor, {
      householdId: before.householdId, villageCode: before.villageCode, entityType: 'publicWelfarePost', entityId: postId, action: 'update',
      before: view, after: { ...view, endedOn }, details: { endedOn },
    }, at);
  });
  return requirePostView(ctx, actor, postId);
}

export async function listPosts(ctx: AppContext, actor: Actor, query: ProgrammeListQuery): Promise<PostView[]> {
  requirePermission(actor, 'registry:read');
  return (await findPosts(ctx.db, actor, { ...query })).map(presentPost);
}

async function requirePostView(ctx: AppContext, actor: Actor, id: string): Promise<PostView> {
  const row = await findPostInScope(ctx.db, actor, id);
  if (!row) throw new AppError('OUT_OF_SCOPE', `post ${id} not found in your region`);
  const [view] = (await findPosts(ctx.db, actor, { householdId: row.householdId })).filter((p) => p.id === id).map(presentPost);
  if (!view) throw new AppError('OUT_OF_SCOPE', `post ${id} not found in your region`);
  return view;
}
