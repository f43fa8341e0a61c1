import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireMemberInScope } from './members.service.ts';

/** A member's ID number in plain text, for a role that may reveal it; each reveal is audited with its reason. */
export async function revealIdNumber(ctx: AppContext, actor: Actor, memberId: number, reason: string) {
  requirePermission(actor, 'personalData:reveal');
  const member = await requireMemberInScope(ctx, actor, memberId);
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'reveal', entityType: 'member', entityId: memberId, regionCode: member.villageCode,
    details: { field: 'idNumber', householdId: member.householdId, reason },
  }, ctx.now().toISOString()));
  return { memberId, idNumber: ctx.cipher.decrypt(member.idNumberEnc) };
}
