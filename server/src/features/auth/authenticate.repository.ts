import type { Db } from '../../db/database.ts';

export function findSessionWithUser(db: Db, sessionId: string) {
  return db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId', 'sessions.csrfToken', 'sessions.lastSeenAt',
      'users.id as userId', 'users.username', 'users.role', 'users.regionCode', 'users.department',
      'users.isDisabled', 'users.mustChangePassword',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export function touchSession(db: Db, sessionId: string, at: string) {
  return db.updateTable('sessions').set({ lastSeenAt: at }).where('id', '=', sessionId).execute();
}

export function deleteSession(db: Db, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export function findApiTokenWithUser(db: Db, tokenHash: string) {
  return db.selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .select([
      'apiTokens.id as tokenId', 'apiTokens.expiresAt', 'apiTokens.revokedAt', 'apiTokens.lastUsedAt',
      'users.id as userId', 'users.username', 'users.role', 'users.regionCode', 'users.department', 'users.isDisabled',
    ])
    .where('apiTokens.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchApiToken(db: Db, tokenId: string, at: string) {
  return db.updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', tokenId).execute();
}
