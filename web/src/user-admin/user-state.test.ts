import { describe, expect, it } from 'vitest';
import { accountStates, canManageUsers, tokenState, userActions } from './user-state.ts';
import { readUserQuery, toUserApiQuery, writeUserQuery } from './user-query.ts';

const ROLES = ['admin', 'countyOfficer', 'villageCadre'];

describe('who may administer users', () => {
  it('is whoever holds users:manage', () => {
    expect(canManageUsers({ permissions: ['registry:read', 'users:manage'] })).toBe(true);
    expect(canManageUsers({ permissions: ['registry:read', 'registry:write', 'tokens:manage'] })).toBe(false);
  });
});

describe('an account\'s state', () => {
  const user = { isDisabled: false, isLocked: false, mustChangePassword: false };
  it('is active unless disabled, locked or waiting for a new password', () => {
    expect(accountStates(user)).toEqual(['active']);
    expect(accountStates({ ...user, isLocked: true })).toEqual(['locked']);
    expect(accountStates({ ...user, isDisabled: true, isLocked: true })).toEqual(['disabled']);
    expect(accountStates({ ...user, mustChangePassword: true, isLocked: true })).toEqual(['locked', 'mustChange']);
  });

  it('offers unlock only to a locked account, and never lets administrators disable themselves', () => {
    expect(userActions({ id: 'u2', isDisabled: false, isLocked: true }, 'u1')).toEqual(['disable', 'unlock', 'resetPassword', 'tokens']);
    expect(userActions({ id: 'u2', isDisabled: true, isLocked: false }, 'u1')).toEqual(['enable', 'resetPassword', 'tokens']);
    expect(userActions({ id: 'u1', isDisabled: false, isLocked: false }, 'u1')).toEqual(['resetPassword', 'tokens']);
  });
});

describe('an API token\'s state', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('is revoked, expired at its expiry, or active', () => {
    expect(tokenState({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: null }, now)).toBe('revoked');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-11-23T08:00:00Z' }, now)).toBe('expired');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-11-23T08:00:01Z' }, now)).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('active');
  });
});

describe('the user list in the address', () => {
  it('reads role, text and page, ignoring what it does not know', () => {
    expect(readUserQuery(new URLSearchParams('role=villageCadre&q=%20wang%20&page=3&pageSize=50'), ROLES))
      .toEqual({ role: 'villageCadre', q: 'wang', page: 3, pageSize: 50 });
    expect(readUserQuery(new URLSearchParams('role=king&page=-1&pageSize=7'), ROLES)).toEqual({ role: undefined, q: undefined, page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults and keeps the region', () => {
    const written = writeUserQuery(new URLSearchParams('region=150602101&page=4'), { role: 'admin', q: undefined, page: 1, pageSize: 20 });
    expect(written.toString()).toBe('region=150602101&role=admin');
  });

  it('asks the API for the chosen region\'s subtree', () => {
    expect(toUserApiQuery({ q: 'li', role: undefined, page: 2, pageSize: 20 }, '150602101')).toEqual({ regionCode: '150602101', page: 2, pageSize: 20, q: 'li' });
  });
});
