import { Command } from 'commander';
import { registerAuditCommands } from './audit.command.ts';
import { registerBackupCommand } from './backup.command.ts';
import { registerDemoCommand } from './demo.command.ts';
import { registerImportCommand } from './import.command.ts';
import { registerMigrateCommand } from './migrate.command.ts';
import { registerMonitoringCommands } from './monitoring.command.ts';
import { registerOpenapiCommand } from './openapi.command.ts';
import { registerPolicyCommands } from './policy.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerUserCommands } from './user.command.ts';

export function buildCli(): Command {
  const program = new Command('fupin')
    .description('fupin — precision poverty alleviation and return-to-poverty prevention')
    .showHelpAfterError();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerAuditCommands(program);
  registerDemoCommand(program);
  registerImportCommand(program);
  registerBackupCommand(program);
  registerUserCommands(program);
  registerOpenapiCommand(program);
  registerPolicyCommands(program);
  registerMonitoringCommands(program);
  return program;
}
