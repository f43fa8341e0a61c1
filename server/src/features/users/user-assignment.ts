import { departments, roles, type Department, type Role } from '@fupin/core';
import { assertWritableRegion, type Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { findRegion } from '../regions/regions.repository.ts';

export interface Assignment {
  role: string;
  regionCode: string;
  department: string | null;
}

export interface CheckedAssignment {
  role: Role;
  regionCode: string;
  department: Department | null;
}

/**
 * A role, region and department an administrator may give: a known role, a real region inside
 * the administrator's own subtree, and a department exactly when the role is department officer.
 */
export async function checkAssignment(db: Db, actor: Actor, assignment: Assignment): Promise<CheckedAssignment> {
  const { role, regionCode, department } = assignment;
  if (!roles.has(role)) throw new AppError('VALIDATION_FAILED', `unknown role ${role}`, { field: 'role' });
  assertWritableRegion(actor, regionCode, 'regionCode');
  if (!(await findRegion(db, regionCode))) throw new AppError('REGION_UNKNOWN', `region ${regionCode} does not exist`, { field: 'regionCode' });
  if (role !== 'departmentOfficer') {
    if (department !== null) throw new AppError('VALIDATION_FAILED', 'only department officers have a department', { field: 'department' });
    return { role, regionCode, department: null };
  }
  if (department === null) throw new AppError('VALIDATION_FAILED', 'a department officer needs a department', { field: 'department' });
  if (!departments.has(department)) throw new AppError('VALIDATION_FAILED', `unknown department ${department}`, { field: 'department' });
  return { role, regionCode, department };
}

const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;

export function assertValidUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw new AppError('VALIDATION_FAILED', 'a username has 2–64 letters, digits or . _ @ -', { field: 'username' });
  }
}
