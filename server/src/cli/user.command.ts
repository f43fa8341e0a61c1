import type { Command } from 'commander';
import { cliActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { disableUser, resetUserPassword } from '../features/users/user-status.service.ts';
import { createUser, findManagedUserByUsername } from '../features/users/users.service.ts';
import { withAppContext } from './cli-context.ts';

export interface UserAddOptions {
  username: string;
  role: string;
  region: string;
  department?: string | undefined;
  name?: string | undefined;
  password?: string | undefined;
}

/** Creates a user; the answer names the temporary password when one was generated. */
export async function runUserAdd(ctx: AppContext, options: UserAddOptions): Promise<string> {
  const { user, generatedPassword } = await createUser(ctx, cliActor(), {
    username: options.username, role: options.role, regionCode: options.region,
    department: options.department ?? null, displayName: options.name, password: options.password,
  });
  const created = `created ${user.role} ${user.username} in ${user.regionCode} ${user.regionName ?? ''}`.trimEnd();
  return generatedPassword
    ? `${created}\ntemporary password (shown once; must be changed at first sign-in):\n\n    ${generatedPassword}\n`
    : `${created}\n`;
}

export async function runUserDisable(ctx: AppContext, username: string): Promise<string> {
  const actor = cliActor();
  const user = await findManagedUserByUsername(ctx, actor, username);
  await disableUser(ctx, actor, user.id);
  return `disabled ${username}; their sessions have ended and their API tokens no longer work\n`;
}

export async function runUserResetPassword(ctx: AppContext, username: string): Promise<string> {
  const actor = cliActor();
  const user = await findManagedUserByUsername(ctx, actor, username);
  const { generatedPassword } = await resetUserPassword(ctx, actor, user.id);
  return `temporary password for ${username} (shown once; must be changed at next sign-in):\n\n    ${generatedPassword}\n`;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts from the command line');
  user.command('add')
    .description('create a user (prints a temporary password when none is given)')
    .requiredOption('--username <username>', 'sign-in name')
    .requiredOption('--role <role>', 'admin, countyOfficer, departmentOfficer, townshipOfficer, villageCadre, pairedCadre or inspector')
    .requiredOption('--region <code>', 'region code of the subtree the user works in')
    .option('--department <department>', 'department code (department officers only), e.g. civilAffairs')
    .option('--name <displayName>', 'display name (default: the username)')
    .option('--password <password>', 'initial password (default: a generated one that must be changed)')
    .action(async (options: UserAddOptions) => {
      process.stdout.write(await withAppContext((ctx) => runUserAdd(ctx, options)));
    });
  user.command('disable <username>')
    .description('disable an account and end its sessions')
    .action(async (username: string) => {
      process.stdout.write(await withAppContext((ctx) => runUserDisable(ctx, username)));
    });
  user.command('reset-password <username>')
    .description('give a user a new temporary password (printed once)')
    .action(async (username: string) => {
      process.stdout.write(await withAppContext((ctx) => runUserResetPassword(ctx, username)));
    });
}
