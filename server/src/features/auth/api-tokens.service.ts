import { v7 as uuidv7 } from 'uuid';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { findUserProfile } from '../users/users.repository.ts';
import { findApiToken, findApiTokensOfUser, insertApiToken, markApiTokenRevoked } from './api-tokens.repository.ts';
import { generateSecret, hashSecret } from './auth-tokens.ts';

/** A recognisable prefix lets secret scanners and people tell a fupin token from other secrets. */
const TOKEN_PREFIX = 'fpn_';

export interface ApiTokenView {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function presentApiToken(row: ApiTokenView): ApiTokenView {
  const { id, userId, name, createdAt, expiresAt, lastUsedAt, revokedAt } = row;
  return { id, userId, name, createdAt, expiresAt, lastUsedAt, revokedAt };
}

/** A user may manage their own tokens; with tokens:manage, also those of users in their subtree. */
function assertMayManageTokensOf(actor: Actor, owner: { id: string; regionCode: string }): void {
  if (actor.userId === owner.id) return;
  requirePermission(actor, 'tokens:manage');
  assertReadableRegion(actor, owner.regionCode);
}

async function loadTokenOwner(ctx: AppContext, actor: Actor, userId: string) {
  const owner = await findUserProfile(ctx.db, userId);
  if (!owner) throw new AppError('NOT_FOUND', `user ${userId} not found`, { field: 'id' });
  assertMayManageTokensOf(actor, owner);
  return owner;
}

export interface NewApiToken {
  name: string;
  expiresInDays?: number | undefined;
}

/** Issues a token for a machine client; the secret is returned here once and only its hash is kept. */
export async function createApiToken(ctx: AppContext, actor: Actor, userId: string, input: NewApiToken): Promise<ApiTokenView & { token: string }> {
  // A leaked token must not be able to mint successors that outlive its revocation.
  if (actor.via === 'token') throw new AppError('FORBIDDEN', 'API tokens are issued to signed-in users, not to other tokens');
  const owner = await loadTokenOwner(ctx, actor, userId);
  const now = ctx.now();
  const token = TOKEN_PREFIX + generateSecret();
  const row: ApiTokenView = {
    id: uuidv7(), userId, name: input.name.trim(), createdAt: now.toISOString(),
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    lastUsedAt: null, revokedAt: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, { ...row, tokenHash: hashSecret(token) });
    await recordAudit(trx, actor, {
      action: 'apiToken.create', entityType: 'apiToken', entityId: row.id, regionCode: owner.regionCode,
      details: { userId, username: owner.username, name: row.name, expiresAt: row.expiresAt },
    }, row.createdAt);
  });
  return { ...row, token };
}

export async function listApiTokens(ctx: AppContext, actor: Actor, userId: string): Promise<ApiTokenView[]> {
  await loadTokenOwner(ctx, actor, userId);
  return (await findApiTokensOfUser(ctx.db, userId)).map(presentApiToken);
}

/** Revokes a token at once; revoking it again changes nothing. */
export async function revokeApiToken(ctx: AppContext, actor: Actor, tokenId: string): Promise<ApiTokenView> {
  const found = await findApiToken(ctx.db, tokenId);
  if (!found) throw new AppError('NOT_FOUND', `API token ${tokenId} not found`, { field: 'tokenId' });
  assertMayManageTokensOf(actor, { id: found.userId, regionCode: found.ownerRegionCode });
  if (found.revokedAt) return presentApiToken(found);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await markApiTokenRevoked(trx, tokenId, at);
    await recordAudit(trx, actor, {
      action: 'apiToken.revoke', entityType: 'apiToken', entityId: tokenId, regionCode: found.ownerRegionCode,
      details: { userId: found.userId, name: found.name },
    }, at);
  });
  return presentApiToken({ ...found, revokedAt: at });
}
