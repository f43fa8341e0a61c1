import type { CurrentUser } from '../auth/session.ts';
import type { ApiToken, User } from './users.api.ts';

export const MANAGE_USERS = 'users:manage';

/** Whether the signed-in user administers users (the server checks again on every request). */
export function canManageUsers(user: Pick<CurrentUser, 'permissions'>): boolean {
  return user.permissions.includes(MANAGE_USERS);
}

export type AccountState = 'active' | 'disabled' | 'locked' | 'mustChange';

/** What the status column shows: disabled outranks locked; a new password to set is shown beside either. */
export function accountStates(user: Pick<User, 'isDisabled' | 'isLocked' | 'mustChangePassword'>): AccountState[] {
  const states: AccountState[] = [];
  if (user.isDisabled) states.push('disabled');
  else if (user.isLocked) states.push('locked');
  if (user.mustChangePassword) states.push('mustChange');
  return states.length ? states : ['active'];
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** The actions the more-menu offers for a user; nobody disables their own account. */
export function userActions(user: Pick<User, 'id' | 'isDisabled' | 'isLocked'>, selfId: string): ('disable' | 'enable' | 'unlock' | 'resetPassword' | 'tokens')[] {
  const actions: ('disable' | 'enable' | 'unlock' | 'resetPassword' | 'tokens')[] = [];
  if (user.isDisabled) actions.push('enable');
  else if (user.id !== selfId) actions.push('disable');
  if (user.isLocked) actions.push('unlock');
  actions.push('resetPassword', 'tokens');
  return actions;
}

/** A valid username as the server accepts it (so most mistakes show before sending). */
export const USERNAME_PATTERN = /^[\p{L}\p{N}._@-]{2,64}$/u;
