import { isWithinRegion, regionCodeRange } from '@fupin/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from './actor.ts';

type ScopedTable = 'households' | 'members' | 'incomes' | 'basicNeedsChecks' | 'recordChanges';

/**
 * The single filter every query on region-owned rows goes through: the row's village code lies
 * in the actor's region subtree (and, when given, in the narrower region the user selected; a
 * region outside the actor's yields nothing). A range on the code keeps it an index scan on both
 * engines. Use as `.where(inActorRegion(actor, 'households', regionCode))`.
 */
export function inActorRegion(actor: Actor, table: ScopedTable | string, narrowTo?: string, column: RawBuilder<unknown> = sql.ref(`${table}.villageCode`)): RawBuilder<SqlBool> {
  const root = narrowTo ? narrowTo : actor.regionCode;
  if (!isWithinRegion(actor.regionCode, root)) return sql<SqlBool>`1 = 0`;
  return inRegionSubtree(column, root);
}

/** `column` (a name or an expression) holds a code inside the subtree of `root` ('' = everywhere). */
export function inRegionSubtree(column: string | RawBuilder<unknown>, root: string): RawBuilder<SqlBool> {
  if (root === '') return sql<SqlBool>`1 = 1`;
  const { from, to } = regionCodeRange(root);
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return sql<SqlBool>`(${ref} >= ${from} and ${ref} < ${to})`;
}
