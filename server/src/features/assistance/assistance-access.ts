import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { findActivePairing, findCadreByUser } from './pairings/pairings.repository.ts';

/**
 * The household an actor may record assistance for: in their region, with `assistance:write`, and
 * — for a paired cadre — only while they are paired with it (a pairing outlives the household's exit).
 */
export async function requireAssistanceWritableHousehold(ctx: AppContext, actor: Actor, householdId: number) {
  requirePermission(actor, 'assistance:write');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const cadreId = await pairedCadreIdFor(ctx.db, actor, householdId, todayInChina(ctx.now()));
  return { household, cadreId };
}

/** For a paired cadre, their cadre id when paired with the household today; otherwise NOT_PAIRED. Other roles: their linked cadre, if any. */
async function pairedCadreIdFor(db: Db, actor: Actor, householdId: number, today: string): Promise<string | null> {
  const cadre = await findCadreByUser(db, actor.userId);
  if (actor.role !== 'pairedCadre') return cadre?.id ?? null;
  if (!cadre || !(await findActivePairing(db, cadre.id, householdId, today))) {
    throw new AppError('NOT_PAIRED', 'you are not paired with this household');
  }
  return cadre.id;
}
