import { departments, roles, type Department, type Role } from '@fupin/core';
import { AppError } from '../../errors/app-error.ts';
import type { UserProfileRow } from './users.repository.ts';

function asRole(value: string): Role {
  if (!roles.has(value)) throw new AppError('INTERNAL', `unknown role ${value}`);
  return value;
}

function asDepartment(value: string | null): Department | null {
  return value !== null && departments.has(value) ? value : null;
}

/** The signed-in user as the client needs it to set up its screens. */
export function presentProfile(row: UserProfileRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: asRole(row.role),
    regionCode: row.regionCode,
    regionName: row.regionName ?? null,
    department: asDepartment(row.department),
    mustChangePassword: row.mustChangePassword === 1,
  };
}

/** A user as administrators see them: the profile plus account state. */
export function presentUser(row: UserProfileRow, now: Date) {
  return {
    ...presentProfile(row),
    isDisabled: row.isDisabled === 1,
    isLocked: row.lockedUntil !== null && Date.parse(row.lockedUntil) > now.getTime(),
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type UserProfile = ReturnType<typeof presentProfile>;
export type UserView = ReturnType<typeof presentUser>;
