import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireHouseholdInScope } from './households.service.ts';

/** The household's bank account in plain text, for a role that may reveal it; each reveal is audited with its reason. */
export async function revealBankAccount(ctx: AppContext, actor: Actor, householdId: number, reason: string) {
  requirePermission(actor, 'personalData:reveal');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'reveal', entityType: 'household', entityId: householdId, regionCode: household.villageCode,
    details: { field: 'bankAccount', reason },
  }, ctx.now().toISOString()));
  return { householdId, bankAccount: household.bankAccountEnc === null ? null : ctx.cipher.decrypt(household.bankAccountEnc) };
}
