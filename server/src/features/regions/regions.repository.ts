import type { Db } from '../../db/database.ts';
import { prefixRange } from '../../db/dialect.ts';

export function findRegion(db: Db, code: string) {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findRegionsByCodes(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('regions').selectAll().where('code', 'in', codes).orderBy('code').execute();
}

/** Children with a flag telling the tree whether to show an expander. */
export function findChildRegions(db: Db, parentCode: string) {
  return db.selectFrom('regions as r')
    .select(['r.code', 'r.name', 'r.level', 'r.parentCode'])
    .select((eb) => eb.exists(eb.selectFrom('regions as c').select('c.code').whereRef('c.parentCode', '=', 'r.code')).as('hasChildren'))
    .where('r.parentCode', '=', parentCode)
    .orderBy('r.code')
    .execute();
}

/** Regions whose name contains the text, inside a subtree ('' = all), most general first. */
export function searchRegions(db: Db, text: string, root: string, limit: number) {
  let query = db.selectFrom('regions').selectAll().where('name', 'like', `%${text.replace(/[%_]/g, '')}%`);
  if (root) {
    const { from, to } = prefixRange(root);
    query = query.where('code', '>=', from).where('code', '<', to);
  }
  return query.orderBy('level').orderBy('code').limit(limit).execute();
}
