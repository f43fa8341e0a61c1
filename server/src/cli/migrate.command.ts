import type { Command } from 'commander';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig } from '../config/config.ts';

export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('create or upgrade the database schema and load the regions')
    .action(async () => {
      const ctx = await openAppContext(loadConfig());
      await ctx.database.close();
      process.stdout.write('database is up to date\n');
    });
}
