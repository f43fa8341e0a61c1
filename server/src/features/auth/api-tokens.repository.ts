import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ApiTokenTable, Database } from '../../db/schema.ts';

type Executor = Db | Transaction<Database>;

const TOKEN_COLUMNS = ['apiTokens.id', 'apiTokens.userId', 'apiTokens.name', 'apiTokens.createdAt', 'apiTokens.expiresAt', 'apiTokens.lastUsedAt', 'apiTokens.revokedAt'] as const;

export function insertApiToken(db: Executor, token: Insertable<ApiTokenTable>) {
  return db.insertInto('apiTokens').values(token).execute();
}

/** A token's public fields (never its hash) with the owner's region, for scope checks. */
export function findApiToken(db: Executor, tokenId: string) {
  return db.selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .select([...TOKEN_COLUMNS, 'users.regionCode as ownerRegionCode'])
    .where('apiTokens.id', '=', tokenId)
    .executeTakeFirst();
}

export function findApiTokensOfUser(db: Executor, userId: string) {
  return db.selectFrom('apiTokens').select(TOKEN_COLUMNS).where('apiTokens.userId', '=', userId).orderBy('apiTokens.createdAt', 'desc').execute();
}

export function markApiTokenRevoked(db: Executor, tokenId: string, at: string) {
  return db.updateTable('apiTokens').set({ revokedAt: at }).where('id', '=', tokenId).where('revokedAt', 'is', null).execute();
}
