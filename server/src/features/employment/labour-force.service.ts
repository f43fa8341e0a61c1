import { assessLabourStanding, monthsWorkedIn, REGISTERED_STATUSES, summarizeLabourForce } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext, yearInChina } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { resolveWorkingAge } from '../programmes/programme-policy.service.ts';
import { findMemberLabels } from '../programmes/programme-records.repository.ts';
import { findCurrentMembers } from '../members/members.repository.ts';
import { findJobs, findLabourCandidates, findPosts, findTraining, findWorkByMember } from './employment.repository.ts';
import { presentJob, presentPost, presentTraining } from './employment.presenter.ts';
import type { LabourPage, LabourQuery } from './employment.schemas.ts';

/** The day the labour force is counted on: the end of the year, or today within the current year. */
function asOfFor(ctx: AppContext, year: number): string {
  const today = todayInChina(ctx.now());
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

function shiftYears(isoDay: string, years: number): string {
  return `${String(Number(isoDay.slice(0, 4)) + years).padStart(4, '0')}${isoDay.slice(4)}`;
}

/** Months worked and income per member in a year, from jobs, posts and workshop spells. */
async function workByMember(ctx: AppContext, actor: Actor, year: number, region?: string) {
  const work = await findWorkByMember(ctx.db, actor, year, region);
  const byMember = new Map<number, { months: number; income: number }>();
  const add = (memberId: number, months: number, income: number) => {
    const entry = byMember.get(memberId) ?? { months: 0, income: 0 };
    byMember.set(memberId, { months: Math.min(12, entry.months + months), income: entry.income + income });
  };
  for (const j of work.jobs) add(j.memberId, j.months, j.income);
  for (const p of work.posts) {
    const months = monthsWorkedIn(year, p.startedOn, p.endedOn);
    add(p.memberId, months, months * Number(p.monthlyAllowance));
  }
  for (const s of work.spells) {
    const months = monthsWorkedIn(year, s.startedOn, s.endedOn);
    add(s.memberId, months, months * Number(s.monthlyWage));
  }
  return byMember;
}

export interface LabourItem {
  memberId: number; householdId: number; householdNo: string; villageCode: string; memberName: string; idMasked: string;
  age: number; laborCapacity: string; isEmployed: boolean; months: number; income: number;
}

/** Every labour-force member of the households programmes serve in the region, with their work in the year; the working age is the region's policy value. */
export async function computeLabourForce(ctx: AppContext, actor: Actor, year: number, region?: string) {
  if (year > yearInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the year is in the future', { field: 'year' });
  const asOf = asOfFor(ctx, year);
  // The working age of the place listed (policy values, usually the national 16–60).
  const workingAge = (await resolveWorkingAge(ctx, region ?? actor.regionCode, year)).rule;
  const candidates = await findLabourCandidates(ctx.db, actor, {
    ...(region ? { region } : {}), statuses: REGISTERED_STATUSES,
    bornFrom: shiftYears(asOf, -(workingAge.maxAge + 1)), bornTo: shiftYears(asOf, -workingAge.minAge),
  });
  const work = await workByMember(ctx, actor, year, region);
  const standings = candidates.map((c) => ({ c, s: assessLabourStanding({ ...c, isDeceased: c.isDeceased === 1 }, asOf, workingAge) }));
  const labour = standings.filter((x) => x.s.isLabourForce);
  const summary = summarizeLabourForce(labour.map((x) => x.s), new Set([...work.entries()].filter(([, w]) => w.months > 0).map(([id]) => id)));
  const items: LabourItem[] = labour.map(({ c, s }) => {
    const w = work.get(c.id) ?? { months: 0, income: 0 };
    return {
      memberId: c.id, householdId: c.householdId, householdNo: c.householdNo, villageCode: c.villageCode, memberName: c.memberName, idMasked: c.idMasked,
      age: s.age, laborCapacity: c.laborCapacity, isEmployed: w.months > 0, months: w.months, income: w.income,
    };
  });
  return { asOf, workingAge, summary, items };
}

/** The labour force of the households programmes serve, with who worked in the year. */
export async function listLabourForce(ctx: AppContext, actor: Actor, query: LabourQuery): Promise<LabourPage> {
  requirePermission(actor, 'registry:read');
  const { asOf, workingAge, summary, items } = await computeLabourForce(ctx, actor, query.year, query.region);
  const listed = items.filter((i) => query.employed === 'all' || (query.employed === 'yes') === i.isEmployed);
  const start = (query.page - 1) * query.pageSize;
  return { asOf, workingAge, summary, total: listed.length, items: listed.slice(start, start + query.pageSize) };
}

/** One household's members as the labour registry sees them, with their jobs, posts and training. */
export async function getHouseholdLabour(ctx: AppContext, actor: Actor, householdId: number, year: number) {
  requirePermission(actor, 'registry:read');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const asOf = asOfFor(ctx, year);
  const workingAge = (await resolveWorkingAge(ctx, household.villageCode, year)).rule;
  const members = await findCurrentMembers(ctx.db, householdId);
  const labels = await findMemberLabels(ctx.db, members.map((m) => m.id));
  return {
    asOf,
    members: members.map((m) => {
      const s = assessLabourStanding({ ...m, isDeceased: m.isDeceased === 1 }, asOf, workingAge);
      return { memberId: m.id, memberName: labels.get(m.id)?.name ?? m.name, age: s.age, isLabourForce: s.isLabourForce, exclusions: s.exclusions };
    }),
    jobs: (await findJobs(ctx.db, actor, { householdId })).map(presentJob),
    posts: (await findPosts(ctx.db, actor, { householdId })).map(presentPost),
    training: (await findTraining(ctx.db, actor, { householdId })).map(presentTraining),
  };
}
