import type { Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { UserTable } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { hashPassword } from '../../security/password.ts';
import { deleteSessionsOfUser } from '../auth/sessions.repository.ts';
import { generateTemporaryPassword } from './temporary-password.ts';
import type { UserView } from './users.presenter.ts';
import { updateUserRow } from './users.repository.ts';
import { loadManagedUser, reloadUser } from './users.service.ts';

interface StatusChange {
  action: string;
  patch: Updateable<UserTable>;
  /** Ends the user's sessions, so the change bites at once. */
  endsSessions: boolean;
}

async function changeUserStatus(ctx: AppContext, actor: Actor, userId: string, change: StatusChange): Promise<UserView> {
  const row = await loadManagedUser(ctx, actor, userId);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, userId, { ...change.patch, updatedAt: at });
    if (change.endsSessions) await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, actor, { action: change.action, entityType: 'user', entityId: userId, regionCode: row.regionCode, details: { username: row.username } }, at);
  });
  return reloadUser(ctx, userId);
}

export function disableUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserView> {
  if (actor.userId === userId) throw new AppError('FORBIDDEN', 'you cannot disable your own account', { field: 'id' });
  return changeUserStatus(ctx, actor, userId, { action: 'user.disable', patch: { isDisabled: 1 }, endsSessions: true });
}

export function enableUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserView> {
  return changeUserStatus(ctx, actor, userId, { action: 'user.enable', patch: { isDisabled: 0 }, endsSessions: false });
}

export function unlockUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserView> {
  return changeUserStatus(ctx, actor, userId, { action: 'user.unlock', patch: { lockedUntil: null, failedLogins: 0 }, endsSessions: false });
}

/** A new temporary password (shown once) that must be changed at the next sign-in; also lifts a lockout. */
export async function resetUserPassword(ctx: AppContext, actor: Actor, userId: string): Promise<{ user: UserView; generatedPassword: string }> {
  await loadManagedUser(ctx, actor, userId);
  const generatedPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(generatedPassword);
  const user = await changeUserStatus(ctx, actor, userId, {
    action: 'user.resetPassword',
    patch: { passwordHash, mustChangePassword: 1, lockedUntil: null, failedLogins: 0 },
    endsSessions: true,
  });
  return { user, generatedPassword };
}
