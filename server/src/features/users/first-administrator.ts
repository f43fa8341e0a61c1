import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../app-context.ts';
import { hashPassword } from '../../security/password.ts';
import { countUsers, insertUser } from './users.repository.ts';

export interface FirstAdministrator {
  username: string;
  /** Set only when the password was generated: shown once, never stored in plain text. */
  generatedPassword: string | undefined;
}

/**
 * On an empty user table, creates `admin` with FUPIN_ADMIN_PASSWORD, or with a generated
 * password that must be changed at first sign-in.
 */
export async function ensureFirstAdministrator(ctx: Pick<AppContext, 'db' | 'config' | 'now'>): Promise<FirstAdministrator | undefined> {
  if ((await countUsers(ctx.db)) > 0) return undefined;
  const generatedPassword = ctx.config.adminPassword ? undefined : crypto.randomBytes(12).toString('base64url');
  const password = ctx.config.adminPassword ?? generatedPassword ?? '';
  const at = ctx.now().toISOString();
  await insertUser(ctx.db, {
    id: uuidv7(),
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    regionCode: ctx.config.adminRegion,
    department: null,
    passwordHash: await hashPassword(password),
    mustChangePassword: generatedPassword ? 1 : 0,
    createdAt: at,
    updatedAt: at,
  });
  return { username: 'admin', generatedPassword };
}
