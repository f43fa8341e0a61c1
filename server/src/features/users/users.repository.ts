import { type Insertable, type Transaction, type Updateable } from 'kysely';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database, UserTable } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

export function insertUser(db: Executor, user: Insertable<UserTable>) {
  return db.insertInto('users').values(user).execute();
}

export function findUserByUsername(db: Executor, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function countUsers(db: Db): Promise<number> {
  return db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
}

/** What the API shows of a user: never the password hash. */
function selectUserProfiles(db: Executor) {
  return db.selectFrom('users')
    .leftJoin('regions', 'regions.code', 'users.regionCode')
    .select([
      'users.id', 'users.username', 'users.displayName', 'users.role', 'users.regionCode', 'regions.name as regionName',
      'users.department', 'users.mustChangePassword', 'users.isDisabled', 'users.failedLogins', 'users.lockedUntil',
      'users.lastLoginAt', 'users.createdAt', 'users.updatedAt',
    ]);
}

export type UserProfileRow = NonNullable<Awaited<ReturnType<typeof findUserProfile>>>;

export function findUserProfile(db: Executor, id: string) {
  return selectUserProfiles(db).where('users.id', '=', id).executeTakeFirst();
}

export function findPasswordHash(db: Executor, id: string) {
  return db.selectFrom('users').select('passwordHash').where('id', '=', id).executeTakeFirst().then((r) => r?.passwordHash);
}

export interface UserFilter {
  /** The subtree the caller manages ('' = everything). */
  scopeRoot: string;
  /** A narrower subtree the caller picked (already checked to lie inside scopeRoot). */
  regionCode?: string | undefined;
  role?: string | undefined;
  /** Part of a username or display name. */
  text?: string | undefined;
}

// Users carry region_code rather than a village code.
const inUserRegion = (root: string) => inRegionSubtree('users.regionCode', root);

function filterUsers(db: Executor, filter: UserFilter) {
  let query = selectUserProfiles(db).where(inUserRegion(filter.scopeRoot));
  if (filter.regionCode) query = query.where(inUserRegion(filter.regionCode));
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.text) {
    const pattern = `%${filter.text.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) => eb.or([
      eb(eb.fn('lower', ['users.username']), 'like', pattern),
      eb(eb.fn('lower', ['users.displayName']), 'like', pattern),
    ]));
  }
  return query;
}

export async function findUsersPage(db: Db, filter: UserFilter, page: { limit: number; offset: number }) {
  const base = filterUsers(db, filter);
  const [rows, count] = await Promise.all([
    base.orderBy('users.username').limit(page.limit).offset(page.offset).execute(),
    base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function updateUserRow(db: Executor, id: string, patch: Updateable<UserTable>) {
  return db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Adds one to the consecutive-failure counter and gives the new count. */
export async function incrementFailedLogins(trx: Transaction<Database>, id: string): Promise<number> {
  await trx.updateTable('users').set((eb) => ({ failedLogins: eb('failedLogins', '+', 1) })).where('id', '=', id).execute();
  const row = await trx.selectFrom('users').select('failedLogins').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.failedLogins);
}
