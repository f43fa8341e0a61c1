import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { AppError } from '../../errors/app-error.ts';

/** Pages copied per step: 16 MiB at the default page size, so a busy server rarely restarts the copy. */
const PAGES_PER_STEP = 4096;

export interface BackupProgress {
  totalPages: number;
  copiedPages: number;
}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

/** `<dataDir>/backups/fupin-2026-11-23T08-15-00Z.sqlite`: sortable, and no colons for other file systems. */
export function defaultBackupFile(dataDir: string, at: Date): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return path.join(dataDir, 'backups', `fupin-${stamp}.sqlite`);
}

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API: other
 * connections (a running server) keep reading and writing; a write from another connection
 * during the copy makes SQLite start the copy over, so the result is always one point in time.
 * Refuses to overwrite an existing file.
 */
export async function backupSqliteDatabase(
  sqlite: SQLite.Database,
  file: string,
  onProgress?: (p: BackupProgress) => void,
  pagesPerStep = PAGES_PER_STEP,
): Promise<BackupResult> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    throw new AppError('VALIDATION_FAILED', `${target} already exists; choose another file for the backup`, { field: 'out' });
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const meta = await sqlite.backup(target, {
    progress({ totalPages, remainingPages }) {
      onProgress?.({ totalPages, copiedPages: totalPages - remainingPages });
      return pagesPerStep;
    },
  });
  onProgress?.({ totalPages: meta.totalPages, copiedPages: meta.totalPages });
  return { file: target, bytes: fs.statSync(target).size, pages: meta.totalPages };
}
