import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/**
 * For each household, the before-image of its earliest household change at or after `from`
 * (an ISO date or timestamp): the values that change overwrote.
 */
export async function findEarliestImagesSince(db: Db, householdIds: readonly number[], from: string): Promise<Map<number, string>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db.selectFrom('recordChanges').select(['householdId', 'before'])
    .where('seq', 'in', (eb) => eb.selectFrom('recordChanges').select((e) => e.fn.min('seq').as('seq'))
      .where('householdId', 'in', [...householdIds])
      .where('entityType', '=', 'household')
      .where('changedAt', '>=', from)
      .groupBy('householdId'))
    .execute();
  return new Map(rows.flatMap((r) => (r.before === null ? [] : [[r.householdId, r.before] as const])));
}

/** Households registered before `createdBefore` in the actor's region, by household number. */
export async function findRollHouseholds(db: Db, actor: Actor, regionCode: string | undefined, createdBefore: string, limit: number, offset: number) {
  const base = db.selectFrom('households')
    .where(inActorRegion(actor, 'households', regionCode))
    .where('households.createdAt', '<', createdBefore);
  const [rows, count] = await Promise.all([
    base.selectAll('households').orderBy('households.householdNo').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findUserNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
