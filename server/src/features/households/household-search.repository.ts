import { sql, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { HouseholdSortKey } from './household-search.schemas.ts';

export interface HouseholdFilter {
  regionCode?: string | undefined;
  text?: string | undefined;
  idHash?: string | undefined;
  idTail?: string | undefined;
  povertyStatus?: readonly string[] | undefined;
  householdType?: readonly string[] | undefined;
  mainCause?: readonly string[] | undefined;
  yearIdentified?: number | undefined;
  yearExited?: number | undefined;
}

type TextColumn = 'households.headName' | 'households.householdNo';

/** The first string after every string that starts with `prefix`, in code-point (byte) order. */
function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() ?? '';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

/**
 * A text column compared in byte order on both engines: SQLite's default, and the "C" collation
 * on PostgreSQL (a linguistic collation would split a prefix's extensions across ranges; the
 * search migration indexes these columns in "C").
 */
function byteOrdered(db: Db, column: TextColumn) {
  return isPostgres(db) ? sql`${sql.ref(column)} collate "C"` : sql.ref(column);
}

function startsWith(db: Db, column: TextColumn, prefix: string, access: Access): RawBuilder<SqlBool> {
  const ref = access === 'walkOrder' ? sql`+${byteOrdered(db, column)}` : byteOrdered(db, column);
  return sql<SqlBool>`(${ref} >= ${prefix} and ${ref} < ${prefixEnd(prefix)})`;
}

/**
 * Names never contain digits and household numbers only [0-9A-Za-z-], so most text can match only
 * one of the two; searching just that column keeps each query on its own index.
 */
function textMatch(db: Db, text: string, access: Access): RawBuilder<SqlBool> {
  if (/^\d+$/.test(text)) return startsWith(db, 'households.householdNo', text, access);
  if (!/^[0-9A-Za-z-]+$/.test(text)) return startsWith(db, 'households.headName', text, access);
  return sql<SqlBool>`(${startsWith(db, 'households.headName', text, access)} or ${startsWith(db, 'households.householdNo', text, access)})`;
}

/**
 * How SQLite, whose planner has no histogram of a range, is to find the rows (`+column` is no
 * index key; PostgreSQL plans from its statistics and is left alone):
 * - `region`: no selective filter, the region's index;
 * - `filterIndex`: a text or ID-number filter, through that filter's index, the region checked on
 *   what it finds (else the planner walks the county's whole village index for a few matches);
 * - `walkOrder`: a text that matches very many (a one-character surname), walking the page's
 *   sort index and checking region and text on the way: the first page is found after a few
 *   hundred rows instead of sorting every match.
 */
export type Access = 'region' | 'filterIndex' | 'walkOrder';

const isSelective = (f: HouseholdFilter) => Boolean(f.text || f.idHash || f.idTail);

function accessFor(db: Db, f: HouseholdFilter, access?: Access): Access {
  if (isPostgres(db)) return 'region';
  return access ?? (isSelective(f) ? 'filterIndex' : 'region');
}

export function applyFilter(db: Db, actor: Actor, f: HouseholdFilter, requested?: Access) {
  const access = accessFor(db, f, requested);
  const villageCode = sql.ref('households.villageCode');
  let query = db.selectFrom('households').where(inActorRegion(actor, 'households', f.regionCode, access === 'region' ? villageCode : sql`+${villageCode}`));
  if (f.text) query = query.where(textMatch(db, f.text, access));
  if (f.idHash) {
    const idHash = f.idHash;
    query = query.where('households.id', 'in', (eb: ExpressionBuilder<Database, 'households'>) => eb.selectFrom('members').select('members.householdId')
      .where('members.idHash', '=', idHash).where('members.movedOutOn', 'is', null));
  }
  if (f.idTail) {
    const idTail = f.idTail;
    query = query.where('households.id', 'in', (eb: ExpressionBuilder<Database, 'households'>) => eb.selectFrom('members').select('members.householdId')
      .where('members.idTail', '=', idTail).where('members.movedOutOn', 'is', null)
      .where(inActorRegion(actor, 'members', f.regionCode)));
  }
  if (f.povertyStatus?.length) query = query.where('households.povertyStatus', 'in', [...f.povertyStatus]);
  if (f.householdType?.length) query = query.where('households.householdType', 'in', [...f.householdType]);
  if (f.mainCause?.length) query = query.where('households.mainCause', 'in', [...f.mainCause]);
  if (f.yearIdentified !== undefined) query = query.where('households.yearIdentified', '=', f.yearIdentified);
  if (f.yearExited !== undefined) query = query.where('households.yearExited', '=', f.yearExited);
  return query;
}

export interface HouseholdPageRequest {
  sort: HouseholdSortKey;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/**
 * What the page is ordered by. With a selective filter (text, ID number) the engine is kept from
 * walking a whole index in sort order hoping to fill the page early: the key becomes an expression
 * no index holds (`+x` on SQLite, `x || ''` or `x + 0` on PostgreSQL), so the few matches are
 * found by the filter's index and sorted.
 */
function sortExpression(db: Db, sort: HouseholdSortKey, isFoundByFilter: boolean) {
  const isNumber = sort === 'yearIdentified';
  const expression = sort === 'householdNo' ? byteOrdered(db, 'households.householdNo')
    : sort === 'headName' ? byteOrdered(db, 'households.headName')
      : sql.ref(sort === 'updatedAt' ? 'households.updatedAt' : 'households.yearIdentified');
  if (!isFoundByFilter) return expression;
  if (!isPostgres(db)) return sql`+${expression}`;
  return isNumber ? sql`(${expression} + 0)` : sql`(${expression} || '')`;
}

/** From this many matches of a text, SQLite walks the household-number index for the page instead of sorting them all. */
const WALK_ORDER_FROM = 10_000;

/**
 * One page of the households matching the filter, in the actor's region, with the total. The total
 * comes first and decides how the page is found (see Access); the page in two steps: the
 * household numbers of the page (from an index, in order), then just those rows; the keys come
 * from the region-scoped query, so the rows do too.
 */
export async function searchHouseholds(db: Db, actor: Actor, filter: HouseholdFilter, page: HouseholdPageRequest, walkOrderFrom = WALK_ORDER_FROM) {
  const count = await applyFilter(db, actor, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(count.n);
  const isWalk = Boolean(filter.text) && page.sort === 'householdNo' && total >= walkOrderFrom;
  const base = applyFilter(db, actor, filter, isWalk ? 'walkOrder' : undefined);
  const isSorted = isSelective(filter) && !isWalk;
  const sortKey = sortExpression(db, page.sort, isSorted);
  const householdNo = sortExpression(db, 'householdNo', isSorted);
  const withOrder = <Q extends { orderBy: (e: typeof sortKey, d: 'asc' | 'desc') => Q }>(q: Q): Q => {
    const sorted = q.orderBy(sortKey, page.order);
    // The household number is unique, so it makes the order total and pages stable.
    return page.sort === 'householdNo' ? sorted : sorted.orderBy(householdNo, page.order);
  };
  const pageKeys = withOrder(base.select('households.householdNo')).limit(page.limit).offset(page.offset);
  const rows = await withOrder(db.selectFrom('households').selectAll().where('households.householdNo', 'in', pageKeys)).execute();
  return { rows, total };
}
