import { checkDuplicateSubsidy } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireAssistanceWritableHousehold } from '../assistance/assistance-access.ts';
import { recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveTrainingSubsidy } from '../programmes/programme-policy.service.ts';
import { assertProgrammeCheck, recordProgrammeChange, requireProgrammeMember } from '../programmes/programme-records.service.ts';
import { findTraining, findTrainingOfMember, insertTraining } from './employment.repository.ts';
import { presentTraining } from './employment.presenter.ts';
import type { ProgrammeListQuery, TrainingInput, TrainingView } from './employment.schemas.ts';

/**
 * Records a training a member took. Employer-run training earns the per-trainee subsidy in force;
 * the same course for the same person over overlapping dates is a duplicate and refused.
 */
export async function recordTraining(ctx: AppContext, actor: Actor, input: TrainingInput): Promise<TrainingView> {
  requirePermission(actor, 'assistance:write');
  const member = await requireProgrammeMember(ctx.db, actor, input.memberId);
  await requireAssistanceWritableHousehold(ctx, actor, member.householdId);
  if (input.endedOn < input.startedOn) throw new AppError('VALIDATION_FAILED', 'the training ends before it starts', { field: 'endedOn' });
  const subsidy = input.kind === 'employerRun' ? await resolveTrainingSubsidy(ctx, member.villageCode, Number(input.startedOn.slice(0, 4))) : 0;
  const at = ctx.now().toISOString();
  const id = uuidv7();
  const kindOf = (kind: string, course: string) => `${kind}:${course}`;
  await ctx.db.transaction().execute(async (trx) => {
    const existing = (await findTrainingOfMember(trx, member.id)).map((t) => ({ id: t.id, personId: t.memberId, kind: kindOf(t.kind, t.course), from: t.startedOn, to: t.endedOn }));
    assertProgrammeCheck(checkDuplicateSubsidy({ id, personId: member.id, kind: kindOf(input.kind, input.course), from: input.startedOn, to: input.endedOn }, existing));
    const measureId = await recordProgrammeMeasure(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, source: `trainingRecord:${id}`,
      input: {
        measureType: 'training', memberId: member.id, startDate: input.startedOn, endDate: input.endedOn,
        amount: subsidy > 0 ? subsidy : null, inKind: subsidy > 0 ? null : `${input.course}（${input.hours}学时）`,
        fundingSource: null, providerKind: null, providerName: input.provider, status: 'completed', outcome: input.hasCertificate ? '取得证书' : null,
      },
    }, at);
    const row = {
      ...input, id, householdId: member.householdId, memberId: member.id, villageCode: member.villageCode, measureId,
      hasCertificate: input.hasCertificate ? 1 : 0, subsidy, createdAt: at, createdBy: actor.userId, updatedAt: at,
    };
    await insertTraining(trx, row);
    await recordProgrammeChange(trx, actor, {
      householdId: member.householdId, villageCode: member.villageCode, entityType: 'trainingRecord', entityId: id, action: 'create',
      before: null, after: presentTraining({ ...row, memberName: member.name, idMasked: member.idMasked, householdNo: member.householdNo }),
      details: { memberId: member.id, kind: input.kind, course: input.course, subsidy },
    }, at);
  });
  const [view] = (await findTraining(ctx.db, actor, { householdId: member.householdId })).filter((t) => t.id === id).map(presentTraining);
  if (!view) throw new AppError('INTERNAL', 'the training just recorded was not found');
  return view;
}

export async function listTraining(ctx: AppContext, actor: Actor, query: ProgrammeListQuery): Promise<TrainingView[]> {
  requirePermission(actor, 'registry:read');
  return (await findTraining(ctx.db, actor, { ...query })).map(presentTraining);
}
