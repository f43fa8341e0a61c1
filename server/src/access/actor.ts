import { hasPermission, isWithinRegion, type Permission, type Role } from '@fupin/core';
import { AppError } from '../errors/app-error.ts';

/** Who is acting: a signed-in user, a machine client with an API token, or the CLI. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  /** Root of the region subtree this actor may see and change ('' only for the CLI). */
  readonly regionCode: string;
  readonly department: string | null;
  readonly ip: string | null;
  readonly via: 'session' | 'token' | 'cli';
}

/** The operator at the command line acts on the whole database, as the system. */
export function cliActor(): Actor {
  return { userId: 'system', username: 'cli', role: 'admin', regionCode: '', department: null, ip: null, via: 'cli' };
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) {
    throw new AppError('FORBIDDEN', `role ${actor.role} may not ${permission}`);
  }
}

/** Refuses a read of a record outside the actor's region as if it did not exist. */
export function assertReadableRegion(actor: Actor, regionCode: string): void {
  if (!isWithinRegion(actor.regionCode, regionCode)) throw new AppError('OUT_OF_SCOPE', 'not found');
}

/** Refuses a write into a region outside the actor's subtree, naming the field. */
export function assertWritableRegion(actor: Actor, regionCode: string, field = 'villageCode'): void {
  if (!isWithinRegion(actor.regionCode, regionCode)) {
    throw new AppError('FORBIDDEN', `region ${regionCode} is outside your region ${actor.regionCode}`, { field });
  }
}
