import { v7 as uuidv7 } from 'uuid';
import { isWithinRegion } from '@fupin/core';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { assertStrongPassword, hashPassword } from '../../security/password.ts';
import { generateTemporaryPassword } from './temporary-password.ts';
import { assertValidUsername, checkAssignment } from './user-assignment.ts';
import { presentUser, type UserView } from './users.presenter.ts';
import { findUserByUsername, findUserProfile, findUsersPage, insertUser, updateUserRow, type UserProfileRow } from './users.repository.ts';

/** A user the actor may manage: exists, and lies in the actor's region subtree (else "not found"). */
export async function loadManagedUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserProfileRow> {
  requirePermission(actor, 'users:manage');
  const row = await findUserProfile(ctx.db, userId);
  if (!row) throw new AppError('NOT_FOUND', `user ${userId} not found`, { field: 'id' });
  assertReadableRegion(actor, row.regionCode);
  return row;
}

export async function findManagedUserByUsername(ctx: AppContext, actor: Actor, username: string): Promise<UserProfileRow> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) throw new AppError('NOT_FOUND', `no user named ${username}`, { field: 'username' });
  return loadManagedUser(ctx, actor, user.id);
}

/** Reads a user after a change, for the answer. */
export async function reloadUser(ctx: AppContext, userId: string): Promise<UserView> {
  const row = await findUserProfile(ctx.db, userId);
  if (!row) throw new AppError('NOT_FOUND', `user ${userId} not found`, { field: 'id' });
  return presentUser(row, ctx.now());
}

export interface UserQuery {
  role?: string | undefined;
  regionCode?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listUsers(ctx: AppContext, actor: Actor, query: UserQuery) {
  requirePermission(actor, 'users:manage');
  const page = { items: [] as UserView[], total: 0, page: query.page, pageSize: query.pageSize };
  // A region outside the administrator's subtree holds no one they may see.
  if (query.regionCode && !isWithinRegion(actor.regionCode, query.regionCode)) return page;
  const { rows, total } = await findUsersPage(ctx.db, { scopeRoot: actor.regionCode, regionCode: query.regionCode, role: query.role, text: query.q }, {
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  });
  const now = ctx.now();
  return { ...page, items: rows.map((r) => presentUser(r, now)), total };
}

export async function getUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserView> {
  return presentUser(await loadManagedUser(ctx, actor, userId), ctx.now());
}

export interface NewUserInput {
  username: string;
  displayName?: string | undefined;
  role: string;
  regionCode: string;
  department?: string | null | undefined;
  /** When absent a temporary password is generated, returned once, and must be changed. */
  password?: string | undefined;
}

export interface CreatedUser {
  user: UserView;
  generatedPassword?: string;
}

export async function createUser(ctx: AppContext, actor: Actor, input: NewUserInput): Promise<CreatedUser> {
  requirePermission(actor, 'users:manage');
  assertValidUsername(input.username);
  const assignment = await checkAssignment(ctx.db, actor, { role: input.role, regionCode: input.regionCode, department: input.department ?? null });
  if (input.password !== undefined) assertStrongPassword(input.password);
  const generatedPassword = input.password === undefined ? generateTemporaryPassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? generatedPassword ?? '');
  const id = uuidv7();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (await findUserByUsername(trx, input.username)) {
      throw new AppError('USERNAME_TAKEN', `the username ${input.username} is taken`, { field: 'username' });
    }
    await insertUser(trx, {
      id, username: input.username, displayName: input.displayName?.trim() || input.username, ...assignment,
      passwordHash, mustChangePassword: generatedPassword ? 1 : 0, createdAt: at, updatedAt: at,
    });
    await recordAudit(trx, actor, {
      action: 'user.create', entityType: 'user', entityId: id, regionCode: assignment.regionCode,
      details: { username: input.username, ...assignment, passwordGenerated: generatedPassword !== undefined },
    }, at);
  });
  const user = await reloadUser(ctx, id);
  return generatedPassword ? { user, generatedPassword } : { user };
}

export interface UserPatch {
  displayName?: string | undefined;
  role?: string | undefined;
  regionCode?: string | undefined;
  department?: string | null | undefined;
}

export async function updateUser(ctx: AppContext, actor: Actor, userId: string, patch: UserPatch): Promise<UserView> {
  const row = await loadManagedUser(ctx, actor, userId);
  const role = patch.role ?? row.role;
  const regionCode = patch.regionCode ?? row.regionCode;
  if (actor.userId === userId && (role !== row.role || regionCode !== row.regionCode)) {
    throw new AppError('FORBIDDEN', 'you cannot change your own role or region', { field: role !== row.role ? 'role' : 'regionCode' });
  }
  // A department stays with a department officer unless replaced, and goes when the role changes.
  const department = patch.department !== undefined ? patch.department : role === 'departmentOfficer' ? row.department : null;
  const assignment = await checkAssignment(ctx.db, actor, { role, regionCode, department });
  const next = { displayName: patch.displayName?.trim() || row.displayName, ...assignment };
  const changes = Object.fromEntries(Object.entries(next)
    .filter(([key, value]) => row[key as keyof typeof next] !== value)
    .map(([key, value]) => [key, { from: row[key as keyof typeof next], to: value }]));
  if (Object.keys(changes).length === 0) return presentUser(row, ctx.now());
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, userId, { ...next, updatedAt: at });
    await recordAudit(trx, actor, { action: 'user.update', entityType: 'user', entityId: userId, regionCode: next.regionCode, details: { changes } }, at);
  });
  return reloadUser(ctx, userId);
}
