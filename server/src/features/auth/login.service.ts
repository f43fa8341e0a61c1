import { roles } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { UserRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { hashPassword, verifyPassword } from '../../security/password.ts';
import { presentProfile, type UserProfile } from '../users/users.presenter.ts';
import { findUserByUsername, findUserProfile, incrementFailedLogins, updateUserRow } from '../users/users.repository.ts';
import { generateSecret, hashSecret } from './auth-tokens.ts';
import { countLoginFailures, deleteIdleSessions, deleteLoginFailuresBefore, deleteSessionById, insertLoginFailure, insertSession } from './sessions.repository.ts';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failed sign-ins one address may make per window; the next attempt is refused. */
export const MAX_FAILURES_PER_IP = 10;
export const MAX_CONSECUTIVE_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface SignInInput {
  username: string;
  password: string;
  ip: string | null;
  /** A session the browser still carries; it is replaced. */
  previousSessionToken?: string | undefined;
}

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  user: UserProfile;
}

// Verifying against a real hash for unknown usernames keeps the answer time the same as for a wrong password.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(generateSecret());
  return decoyHash;
}

export function actorOfUser(user: Pick<UserRow, 'id' | 'username' | 'role' | 'regionCode' | 'department'>, ip: string | null): Actor {
  if (!roles.has(user.role)) throw new AppError('INTERNAL', `unknown role ${user.role}`);
  return { userId: user.id, username: user.username, role: user.role, regionCode: user.regionCode, department: user.department, ip, via: 'session' };
}

/** Someone who has not proven who they are: named in the audit trail by the username they typed. */
function anonymousActor(username: string, ip: string | null): Actor {
  return { userId: 'anonymous', username, role: 'inspector', regionCode: '-', department: null, ip, via: 'session' };
}

async function assertNotThrottled(ctx: AppContext, ipKey: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const { count, earliestAt } = await countLoginFailures(ctx.db, ipKey, since);
  if (count < MAX_FAILURES_PER_IP) return;
  const freeAt = Date.parse(earliestAt ?? now.toISOString()) + THROTTLE_WINDOW_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new AppError('LOGIN_THROTTLED', `too many failed sign-ins from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, { details: { retryAfterSeconds } });
}

function lockedError(lockedUntil: string): AppError {
  return new AppError('ACCOUNT_LOCKED', `the account is locked after repeated failed sign-ins until ${lockedUntil}`, { details: { lockedUntil } });
}

type FailureReason = 'unknownUser' | 'wrongPassword' | 'locked' | 'disabled';

/** Records a failed attempt for the address and, on a wrong password, for the account; gives the lock end when this locks it. */
async function recordFailure(ctx: AppContext, input: SignInInput, user: UserRow | undefined, reason: FailureReason): Promise<string | null> {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await insertLoginFailure(trx, { ip: input.ip ?? 'unknown', username: input.username, at });
    await deleteLoginFailuresBefore(trx, new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString());
    let lockedUntil: string | null = null;
    if (user && reason === 'wrongPassword' && (await incrementFailedLogins(trx, user.id)) >= MAX_CONSECUTIVE_FAILURES) {
      lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
      await updateUserRow(trx, user.id, { lockedUntil, failedLogins: 0 });
    }
    const actor = user ? actorOfUser(user, input.ip) : anonymousActor(input.username, input.ip);
    await recordAudit(trx, actor, {
      action: 'user.loginFailed', entityType: 'user', entityId: user?.id ?? null, regionCode: user?.regionCode ?? null,
      details: { username: input.username, reason, ...(lockedUntil ? { lockedUntil } : {}) },
    }, at);
    return lockedUntil;
  });
}

/** Checks the password and opens a session, applying address throttling and account lockout. */
export async function signIn(ctx: AppContext, input: SignInInput): Promise<SignedIn> {
  const now = ctx.now();
  await assertNotThrottled(ctx, input.ip ?? 'unknown', now);
  const user = await findUserByUsername(ctx.db, input.username);
  if (user?.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
    await recordFailure(ctx, input, user, 'locked');
    throw lockedError(user.lockedUntil);
  }
  const isCorrect = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), input.password);
  if (!user || !isCorrect) {
    const lockedUntil = await recordFailure(ctx, input, user, user ? 'wrongPassword' : 'unknownUser');
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('LOGIN_FAILED', 'wrong username or password');
  }
  if (user.isDisabled) {
    await recordFailure(ctx, input, user, 'disabled');
    throw new AppError('ACCOUNT_DISABLED', 'the account is disabled; ask your administrator');
  }
  const sessionToken = generateSecret();
  const csrfToken = generateSecret();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (input.previousSessionToken) await deleteSessionById(trx, hashSecret(input.previousSessionToken));
    await deleteIdleSessions(trx, new Date(now.getTime() - ctx.config.sessionIdleMinutes * 60_000).toISOString());
    await insertSession(trx, { id: hashSecret(sessionToken), userId: user.id, csrfToken, ip: input.ip, createdAt: at, lastSeenAt: at });
    await updateUserRow(trx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: at });
    await recordAudit(trx, actorOfUser(user, input.ip), { action: 'user.login', entityType: 'user', entityId: user.id, regionCode: user.regionCode }, at);
  });
  const profile = await findUserProfile(ctx.db, user.id);
  if (!profile) throw new AppError('INTERNAL', 'the user vanished while signing in');
  return { sessionToken, csrfToken, user: presentProfile(profile) };
}
