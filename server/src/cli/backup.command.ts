import fs from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../config/config.ts';
import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { backupSqliteDatabase, defaultBackupFile } from '../features/backup/backup.service.ts';

export interface BackupOutput {
  write(text: string): unknown;
}

/**
 * Copies the SQLite database to `out` (default: a timestamped file under the data directory),
 * printing progress every tenth of the way. Returns the exit code: PostgreSQL is backed up with
 * its own tools.
 */
export async function runBackup(config: Config, out: string | undefined, stdout: BackupOutput, stderr: BackupOutput): Promise<number> {
  if (config.database.kind !== 'sqlite') {
    stderr.write('fupin backup copies the embedded SQLite database; this installation uses PostgreSQL.\n'
      + 'Back it up with pg_dump, e.g.  pg_dump --format=custom --file=fupin.dump "$DATABASE_URL"\n');
    return 1;
  }
  if (!fs.existsSync(config.database.file)) {
    stderr.write(`there is no database at ${config.database.file} yet (start the server or run fupin migrate first)\n`);
    return 1;
  }
  const file = out ?? defaultBackupFile(config.dataDir, new Date());
  const database = openDatabase(config.database);
  const sqlite = database.sqlite;
  try {
    if (!sqlite) throw new Error('no SQLite connection');
    let nextTenth = 0;
    const result = await backupSqliteDatabase(sqlite, file, ({ totalPages, copiedPages }) => {
      const tenth = Math.floor((copiedPages / Math.max(totalPages, 1)) * 10);
      if (tenth < nextTenth) return;
      stdout.write(`backup: ${tenth * 10}% (${copiedPages.toLocaleString('en')} of ${totalPages.toLocaleString('en')} pages)\n`);
      nextTenth = tenth + 1;
    });
    stdout.write(`backup written to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB)\n`);
    return 0;
  } finally {
    await database.close();
  }
}

export function registerBackupCommand(program: Command): void {
  program.command('backup')
    .description('write a consistent copy of the SQLite database while the server keeps running')
    .option('--out <file>', 'where to write the copy (default: <data dir>/backups/fupin-<timestamp>.sqlite)')
    .action(async (options: { out?: string }) => {
      process.exitCode = await runBackup(loadConfig(), options.out, process.stdout, process.stderr);
    });
}
