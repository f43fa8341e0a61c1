import type { Command } from 'commander';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { withAppContext } from './cli-context.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit trail');
  audit.command('verify')
    .description('check that no audit entry was altered, removed or reordered')
    .action(async () => {
      const result = await withAppContext((ctx) => verifyAuditChain(ctx.db));
      if (result.ok) {
        process.stdout.write(`audit trail intact: ${result.entries} entries, last hash ${result.lastHash}\n`);
      } else {
        process.stdout.write(`audit trail BROKEN at entry ${result.firstBrokenSeq}: ${result.problem}\n`);
        process.exitCode = 2;
      }
    });
}
