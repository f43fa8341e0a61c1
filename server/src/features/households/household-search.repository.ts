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

function startsWith(db: Db, column: TextColumn, prefix: string): RawBuilder<SqlBool> {
  const ref = byteOrdered(db, column);
  return sql<SqlBool>`(${ref} >= ${prefix} and ${ref} < ${prefixEnd(prefix)})`;
}

/**
 * Names never contain digits and household numbers only [0-9A-Za-z-], so most text can match only
 * one of the two; searching just that column keeps each query on its own index.
 */
function textMatch(db: Db, text: string): RawBuilder<SqlBool> {
  if (/^\d+$/.test(text)) return startsWith(db, 'households.householdNo', text);
  if (!/^[0-9A-Za-z-]+$/.test(text)) return startsWith(db, 'households.headName', text);
  return sql<SqlBool>`(${startsWith(db, 'households.headName', text)} or ${startsWith(db, 'households.householdNo', text)})`;
}

/**
 * With a selective filter (text, ID number) SQLite checks the region on the rows that filter's
 * index finds (`+village_code` is no index key): without histograms its planner would otherwise
 * walk the county's whole village index, a million entries, for a few matches.
 */
function regionColumn(db: Db, f: HouseholdFilter) {
  const column = sql.ref('households.villageCode');
  return isSelective(f) && !isPostgres(db) ? sql`+${column}` : column;
}

const isSelective = (f: HouseholdFilter) => Boolean(f.text || f.idHash || f.idTail);

export function applyFilter(db: Db, actor: Actor, f: HouseholdFilter) {
  let query = db.selectFrom('households').where(inActorRegion(actor, 'households', f.regionCode, regionColumn(db, f)));
  if (f.text) query = query.where(textMatch(db, f.text));
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
function sortExpression(db: Db, sort: HouseholdSortKey, isSelective: boolean) {
  const isNumber = sort === 'yearIdentified';
  const expression = sort === 'householdNo' ? byteOrdered(db, 'households.householdNo')
    : sort === 'headName' ? byteOrdered(db, 'households.headName')
      : sql.ref(sort === 'updatedAt' ? 'households.updatedAt' : 'households.yearIdentified');
  if (!isSelective) return expression;
  if (!isPostgres(db)) return sql`+${expression}`;
  return isNumber ? sql`(${expression} + 0)` : sql`(${expression} || '')`;
}

/**
 * One page of the households matching the filter, in the actor's region, with the total. The page
 * is found in two steps: the household numbers of the page first (answered from a covering index,
 * in order), then just those rows; the keys come from the region-scoped query, so the rows do too.
 */
export async function searchHouseholds(db: Db, actor: Actor, filter: HouseholdFilter, page: HouseholdPageRequest) {
  const base = applyFilter(db, actor, filter);
  const sortKey = sortExpression(db, page.sort, isSelective(filter));
  const householdNo = sortExpression(db, 'householdNo', isSelective(filter));
  const withOrder = <Q extends { orderBy: (e: typeof sortKey, d: 'asc' | 'desc') => Q }>(q: Q): Q => {
    const sorted = q.orderBy(sortKey, page.order);
    // The household number is unique, so it makes the order total and pages stable.
    return page.sort === 'householdNo' ? sorted : sorted.orderBy(householdNo, page.order);
  };
  const pageKeys = withOrder(base.select('households.householdNo')).limit(page.limit).offset(page.offset);
  const [rows, count] = await Promise.all([
    withOrder(db.selectFrom('households').selectAll().where('households.householdNo', 'in', pageKeys)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
