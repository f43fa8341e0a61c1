import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database, SessionTable } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

export function insertSession(db: Executor, session: Insertable<SessionTable>) {
  return db.insertInto('sessions').values(session).execute();
}

export function deleteSessionById(db: Executor, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except the one given (the caller's own). */
export function deleteSessionsOfUser(db: Executor, userId: string, exceptSessionId?: string) {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  return query.execute();
}

/** Sessions idle since before `before` can never be used again; removing them keeps the table small. */
export function deleteIdleSessions(db: Executor, before: string) {
  return db.deleteFrom('sessions').where('lastSeenAt', '<', before).execute();
}

export function insertLoginFailure(db: Executor, failure: { ip: string; username: string; at: string }) {
  return db.insertInto('loginFailures').values(failure).execute();
}

export function deleteLoginFailuresBefore(db: Executor, before: string) {
  return db.deleteFrom('loginFailures').where('at', '<', before).execute();
}

/** How many sign-ins from an address failed after `since`, and when the earliest of them was. */
export async function countLoginFailures(db: Executor, ip: string, since: string): Promise<{ count: number; earliestAt: string | null }> {
  const row = await db.selectFrom('loginFailures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('earliestAt')])
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), earliestAt: row.earliestAt ?? null };
}
