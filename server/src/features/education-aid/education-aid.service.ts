import { computeStudentAid, findAidGaps, isDibaoFamily, isRegisteredPoor, type HouseholdFacts, type ResolvedPolicy } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveProgrammePolicy } from '../programmes/programme-policy.service.ts';
import { recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import { findPaymentOf, findPayments, findStudentHouseholds, insertPayment, STUDYING } from './education-aid.repository.ts';
import type { AidPaymentInput, AidPaymentView, StudentAidPage, StudentAidQuery, StudentAidView } from './education-aid.schemas.ts';
import { toMemberFacts } from '../evaluations/member-facts.ts';

type PaymentRow = Awaited<ReturnType<typeof findPayments>>[number];

function presentPayment(row: PaymentRow): AidPaymentView {
  return {
    id: row.id, memberId: row.memberId, householdId: row.householdId, householdNo: row.householdNo, villageCode: row.villageCode,
    memberName: row.memberName, idMasked: row.idMasked, schoolYear: row.schoolYear, item: row.item, amount: Number(row.amount),
    paidOn: row.paidOn, fundingSource: row.fundingSource, measureId: row.measureId,
  };
}

/**
 * Every student of a registered or dibao household in the region with the aid the policy engine
 * entitles them to for the year, what was paid, and what is missing.
 */
export async function listStudentAid(ctx: AppContext, actor: Actor, query: StudentAidQuery): Promise<StudentAidPage> {
  requirePermission(actor, 'registry:read');
  const { households, members } = await findStudentHouseholds(ctx.db, actor, query.region);
  const payments = await findPayments(ctx.db, actor, { ...(query.region ? { region: query.region } : {}), year: query.year });
  const policies = new Map<string, ResolvedPolicy>();
  const studying = new Set<string>(STUDYING);
  const students: StudentAidView[] = [];
  for (const h of households) {
    const county = h.villageCode.slice(0, 6);
    const policy = policies.get(county) ?? await resolveProgrammePolicy(ctx, h.villageCode, query.year);
    policies.set(county, policy);
    const own = members.filter((m) => m.householdId === h.id);
    const facts: HouseholdFacts = {
      householdId: h.id, year: query.year, povertyStatus: h.povertyStatus, householdType: h.householdType, yearExited: h.yearExited,
      area: 'rural', income: null, basicNeeds: null,
      members: own.map(toMemberFacts),
    };
    if (!isRegisteredPoor(facts) && !isDibaoFamily(facts)) continue;
    for (const m of own.filter((x) => studying.has(x.schoolStatus))) {
      const memberFacts = facts.members.find((x) => x.id === m.id);
      const entitlements = memberFacts ? computeStudentAid(memberFacts, facts, policy) : [];
      const paidRows = payments.filter((p) => p.memberId === m.id);
      const gaps = findAidGaps(entitlements.map((e) => ({ memberId: m.id, item: e.benefit, amount: e.amount })), paidRows.map((p) => ({ memberId: m.id, item: p.item, amount: Number(p.amount) })));
      const rows = entitlements.map((e) => {
        const paid = paidRows.filter((p) => p.item === e.benefit).reduce((s, p) => s + Number(p.amount), 0);
        return { item: e.benefit, amount: e.amount, paid, missing: gaps.find((g) => g.item === e.benefit)?.missing ?? 0, explanation: e.reason.text };
      });
      students.push({
        memberId: m.id, householdId: h.id, householdNo: h.householdNo, villageCode: h.villageCode, memberName: m.name, idMasked: m.idMasked,
        schoolStatus: m.schoolStatus, schoolGrade: m.schoolGrade, entitlements: rows,
        entitled: rows.reduce((s, r) => s + r.amount, 0), paid: paidRows.reduce((s, p) => s + Number(p.amount), 0), missing: rows.reduce((s, r) => s + r.missing, 0),
      });
    }
  }
  const listed = query.missingOnly === 'true' ? students.filter((s) => s.missing > 0) : students;
  return {
    year: query.year,
    summary: {
      students: students.length, entitledStudents: students.filter((s) => s.entitled > 0).length,
      studentsMissingAid: students.filter((s) => s.missing > 0).length,
      entitledAmount: students.reduce((s, x) => s + x.entitled, 0), paidAmount: students.reduce((s, x) => s + x.paid, 0),
      missingAmount: students.reduce((s, x) => s + x.missing, 0),
    },
    students: listed,
  };
}

/** Records aid paid to a student; the same item for the same student and year twice is a duplicate and refused. */
export async function recordAidPayment(ctx: AppContext, actor: Actor, input: AidPaymentInput): Promise<AidPaymentView> {
  requirePermission(actor, 'assistance:write');
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.paidOn > todayInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the payment date is in the future', { field: 'paidOn' });
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const earlier = await findPaymentOf(trx, member.id, input.schoolYear, input.item);
    if (earlier) {
      throw new AppError('MEASURE_DUPLICATE', `${input.item} for ${input.schoolYear} was already paid to this student on ${earlier.paidOn}`, { field: 'item', details: { existingId: earlier.id } });
    }
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `educationAidPayment:${id}`,
      input: {
        measureType: input.item === 'yuluProgramme' ? 'yuluProgramme' : 'schoolAid', memberId: member.id, startDate: input.paidOn, endDate: null,
        amount: input.amount, inKind: null, fundingSource: null, providerKind: 'department', providerName: input.fundingSource, status: 'completed', outcome: null,
      },
    }, at);
    const row = { ...input, id, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId, createdAt: at, createdBy: actor.userId, updatedAt: at };
    await insertPayment(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'educationAidPayment', entityId: id, action: 'create',
      before: null, after: { ...row, memberName: member.name }, details: { memberId: member.id, schoolYear: input.schoolYear, item: input.item, amount: input.amount },
    }, at);
  });
  const [view] = (await findPayments(ctx.db, actor, { memberId: member.id, year: input.schoolYear })).filter((p) => p.id === id).map(presentPayment);
  if (!view) throw new AppError('INTERNAL', 'the payment just recorded was not found');
  return view;
}

export async function listAidPayments(ctx: AppContext, actor: Actor, query: { region?: string | undefined; year?: number | undefined }): Promise<AidPaymentView[]> {
  requirePermission(actor, 'registry:read');
  return (await findPayments(ctx.db, actor, { ...(query.region ? { region: query.region } : {}), ...(query.year ? { year: query.year } : {}) })).map(presentPayment);
}
