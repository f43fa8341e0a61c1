import type { Command } from 'commander';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig } from '../config/config.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit trail');
  audit.command('verify')
    .description('check that no audit entry was altered, removed or reordered')
    .action(async () => {
      const ctx = await openAppContext(loadConfig());
      try {
        const result = await verifyAuditChain(ctx.db);
        if (result.ok) {
          process.stdout.write(`audit trail intact: ${result.entries} entries, last hash ${result.lastHash}\n`);
        } else {
          process.stdout.write(`audit trail BROKEN at entry ${result.firstBrokenSeq}: ${result.problem}\n`);
          process.exitCode = 2;
        }
      } finally {
        await ctx.database.close();
      }
    });
}
