import { roles } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { hashSecret, isSameSecret } from './auth-tokens.ts';
import { deleteSession, findApiTokenWithUser, findSessionWithUser, touchApiToken, touchSession } from './authenticate.repository.ts';

/** Writing last-seen on every request would turn reads into writes; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

function toRole(role: string) {
  if (!roles.has(role)) throw new AppError('INTERNAL', `unknown role ${role}`);
  return role;
}

/** The actor behind a session cookie; an idle or disabled session is ended. */
export async function authenticateSession(ctx: AppContext, sessionToken: string, ip: string | null): Promise<SessionActor> {
  const sessionId = hashSecret(sessionToken);
  const row = await findSessionWithUser(ctx.db, sessionId);
  if (!row) throw new AppError('UNAUTHENTICATED', 'not signed in');
  const now = ctx.now();
  const idleMs = now.getTime() - Date.parse(row.lastSeenAt);
  if (idleMs > ctx.config.sessionIdleMinutes * 60_000 || row.isDisabled) {
    await deleteSession(ctx.db, sessionId);
    throw new AppError('UNAUTHENTICATED', row.isDisabled ? 'the account is disabled' : 'the session expired after inactivity', { details: { reason: row.isDisabled ? 'disabled' : 'expired' } });
  }
  if (idleMs > TOUCH_INTERVAL_MS) await touchSession(ctx.db, sessionId, now.toISOString());
  return {
    actor: { userId: row.userId, username: row.username, role: toRole(row.role), regionCode: row.regionCode, department: row.department, ip, via: 'session' },
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword === 1,
  };
}

/** The actor behind an API token (Authorization: Bearer …) used by department systems. */
export async function authenticateApiToken(ctx: AppContext, token: string, ip: string | null): Promise<Actor> {
  const row = await findApiTokenWithUser(ctx.db, hashSecret(token));
  const now = ctx.now();
  if (!row || row.revokedAt || row.isDisabled || (row.expiresAt && Date.parse(row.expiresAt) <= now.getTime())) {
    throw new AppError('UNAUTHENTICATED', 'the API token is unknown, revoked or expired');
  }
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_INTERVAL_MS) {
    await touchApiToken(ctx.db, row.tokenId, now.toISOString());
  }
  return { userId: row.userId, username: row.username, role: toRole(row.role), regionCode: row.regionCode, department: row.department, ip, via: 'token' };
}

export function assertCsrfToken(expected: string, received: string | undefined): void {
  if (!received || !isSameSecret(expected, received)) {
    throw new AppError('CSRF_FAILED', 'missing or wrong CSRF token (send the x-csrf-token header)');
  }
}
