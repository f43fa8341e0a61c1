import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { MemberRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { assertComposition } from '../households/household-checks.ts';
import { refreshHouseholdSummary } from '../households/household-summary.service.ts';
import { presentMember, presentMemberImage } from './members.presenter.ts';
import { findCurrentMembers, findMemberById, updateMemberRow } from './members.repository.ts';
import type { MemberView, MoveOutInput } from './members.schemas.ts';
import { asComposition, recordMemberChange, requireMemberInScope } from './members.service.ts';

function checkMoveOutDate(member: MemberRow, movedOutOn: string, today: string): void {
  if (movedOutOn > today) throw new AppError('VALIDATION_FAILED', `the move-out date ${movedOutOn} is in the future`, { field: 'movedOutOn' });
  if (member.movedInOn !== null && movedOutOn < member.movedInOn) {
    throw new AppError('VALIDATION_FAILED', `the move-out date ${movedOutOn} is before the move-in date ${member.movedInOn}`, { field: 'movedOutOn' });
  }
}

/** The member who becomes head when the head leaves others behind (they must name one). */
function chooseNewHead(member: MemberRow, remaining: readonly MemberRow[], newHeadMemberId: number | undefined): MemberRow | undefined {
  const isHead = member.relationToHead === 'self';
  if (!isHead || remaining.length === 0) {
    if (newHeadMemberId !== undefined) throw new AppError('VALIDATION_FAILED', 'a new head is named only when the head moves out and others remain', { field: 'newHeadMemberId' });
    return undefined;
  }
  if (newHeadMemberId === undefined) {
    throw new AppError('HOUSEHOLD_HEAD_COUNT', 'the head cannot move out while others remain; name the member who becomes head (newHeadMemberId)', { field: 'newHeadMemberId' });
  }
  const newHead = remaining.find((m) => m.id === newHeadMemberId);
  if (!newHead || newHead.isDeceased === 1) {
    throw new AppError('VALIDATION_FAILED', 'the new head must be a living member who stays in the household', { field: 'newHeadMemberId' });
  }
  return newHead;
}

/**
 * Records that a member left the household on a date, with the reason. Their ID number is then
 * free to be registered in another household; the record stays for history.
 */
export async function moveOutMember(ctx: AppContext, actor: Actor, memberId: number, input: MoveOutInput): Promise<MemberView> {
  requirePermission(actor, 'registry:write');
  const member = await requireMemberInScope(ctx, actor, memberId);
  if (member.movedOutOn !== null) throw new AppError('MEMBER_MOVED_OUT', `the member moved out on ${member.movedOutOn}`, { field: 'movedOutOn' });
  checkMoveOutDate(member, input.movedOutOn, todayInChina(ctx.now()));
  const remaining = (await findCurrentMembers(ctx.db, member.householdId)).filter((m) => m.id !== memberId);
  const newHead = chooseNewHead(member, remaining, input.newHeadMemberId);
  const headAfter = newHead ? { ...newHead, relationToHead: 'self' } : undefined;
  if (remaining.length) assertComposition(remaining.map((m) => asComposition(m.id === headAfter?.id ? headAfter : m)), () => 'newHeadMemberId');

  const at = ctx.now().toISOString();
  const after: MemberRow = { ...member, movedOutOn: input.movedOutOn };
  await ctx.db.transaction().execute(async (trx) => {
    await updateMemberRow(trx, memberId, { movedOutOn: input.movedOutOn });
    await recordMemberChange(trx, actor, member, {
      action: 'moveOut', changedAt: at, source: input.source,
      before: presentMemberImage(member), after: { ...presentMemberImage(after), moveOutReason: input.reason },
    });
    if (newHead && headAfter) {
      await updateMemberRow(trx, newHead.id, { relationToHead: 'self' });
      await recordMemberChange(trx, actor, newHead, { action: 'update', changedAt: at, source: input.source, before: presentMemberImage(newHead), after: presentMemberImage(headAfter) });
    }
    await refreshHouseholdSummary(trx, actor, member.householdId, at, input.source);
    await recordAudit(trx, actor, {
      action: 'moveOut', entityType: 'member', entityId: memberId, regionCode: member.villageCode,
      details: { householdId: member.householdId, movedOutOn: input.movedOutOn, reason: input.reason, ...(newHead ? { newHeadMemberId: newHead.id } : {}) },
    }, at);
  });
  return presentMember(await findMemberById(ctx.db, memberId));
}
