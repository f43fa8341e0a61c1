import type { Command } from 'commander';
import { withAppContext } from './cli-context.ts';

export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('create or upgrade the database schema and load the regions')
    .action(async () => {
      // Opening the application migrates its database.
      await withAppContext(async () => undefined);
      process.stdout.write('database is up to date\n');
    });
}
