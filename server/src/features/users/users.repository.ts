import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { UserTable } from '../../db/schema.ts';

export function insertUser(db: Db, user: Insertable<UserTable>) {
  return db.insertInto('users').values(user).execute();
}

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function countUsers(db: Db): Promise<number> {
  return db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
}
