import { permissionsOf, type Permission } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../security/password.ts';
import { presentProfile, type UserProfile } from '../users/users.presenter.ts';
import { findPasswordHash, findUserProfile, updateUserRow } from '../users/users.repository.ts';
import { hashSecret } from './auth-tokens.ts';
import { deleteSessionById, deleteSessionsOfUser } from './sessions.repository.ts';

export async function getCurrentUser(ctx: AppContext, actor: Actor): Promise<UserProfile & { permissions: Permission[] }> {
  const row = await findUserProfile(ctx.db, actor.userId);
  if (!row) throw new AppError('UNAUTHENTICATED', 'the account no longer exists');
  return { ...presentProfile(row), permissions: [...permissionsOf(actor.role)] };
}

/** Ends the session the cookie names (a bearer-token caller has none to end). */
export async function signOut(ctx: AppContext, actor: Actor, sessionToken: string | undefined): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (sessionToken) await deleteSessionById(trx, hashSecret(sessionToken));
    await recordAudit(trx, actor, { action: 'user.logout', entityType: 'user', entityId: actor.userId, regionCode: actor.regionCode }, at);
  });
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** Replaces the caller's own password and ends their other sessions (a stolen session dies with the old password). */
export async function changeOwnPassword(ctx: AppContext, actor: Actor, change: PasswordChange, sessionToken: string | undefined): Promise<void> {
  const stored = await findPasswordHash(ctx.db, actor.userId);
  if (!stored || !(await verifyPassword(stored, change.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'the current password is wrong', { field: 'currentPassword' });
  }
  assertStrongPassword(change.newPassword, 'newPassword');
  if (change.newPassword === change.currentPassword) {
    throw new AppError('VALIDATION_FAILED', 'the new password must differ from the current one', { field: 'newPassword' });
  }
  const passwordHash = await hashPassword(change.newPassword);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, actor.userId, { passwordHash, mustChangePassword: 0, updatedAt: at });
    await deleteSessionsOfUser(trx, actor.userId, sessionToken ? hashSecret(sessionToken) : undefined);
    await recordAudit(trx, actor, { action: 'user.passwordChange', entityType: 'user', entityId: actor.userId, regionCode: actor.regionCode }, at);
  });
}
