import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-context.ts';
import { cliActor } from '../../access/actor.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { runBackup } from '../../cli/backup.command.ts';
import { openDatabase } from '../../db/database.ts';
import { loadDemoCounty } from '../demo/demo.service.ts';
import { backupSqliteDatabase, defaultBackupFile } from './backup.service.ts';

const TABLES = ['households', 'members', 'incomes', 'basic_needs_checks', 'audit_log', 'regions', 'settings'] as const;

function countRows(file: string): Record<string, number> {
  const db = new SQLite(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

describe('backup of the SQLite database', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    await loadDemoCounty(t.ctx, cliActor(), { households: 120, seed: 'backup', countyCode: '150602' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-backup-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sourceFile = () => (t.ctx.config.database.kind === 'sqlite' ? t.ctx.config.database.file : '');
  const liveConnection = () => {
    const sqlite = t.ctx.database.sqlite;
    if (!sqlite) throw new Error('not SQLite');
    return sqlite;
  };

  it('copies the open database into a readable file with the same rows, reporting progress', async () => {
    const file = path.join(dir, 'copy.sqlite');
    const seen: number[] = [];
    const result = await backupSqliteDatabase(liveConnection(), file, (p) => seen.push(p.copiedPages), 64);
    expect(result.file).toBe(file);
    expect(result.bytes).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(result.pages);
    expect(seen.length).toBeGreaterThan(2);

    expect(countRows(file)).toEqual(countRows(sourceFile()));
    expect(countRows(file).households).toBe(120);
    const copy = new SQLite(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const reopened = openDatabase({ kind: 'sqlite', file });
    try {
      expect((await verifyAuditChain(reopened.db)).ok).toBe(true);
    } finally {
      await reopened.close();
    }
    // The live connection goes on working.
    expect(await t.ctx.db.selectFrom('households').select('id').execute()).toHaveLength(120);
  });

  it('gives one point in time when another connection writes during the copy', async () => {
    const file = path.join(dir, 'during-write.sqlite');
    const writer = new SQLite(sourceFile());
    let wrote = false;
    try {
      await backupSqliteDatabase(liveConnection(), file, () => {
        if (wrote) return;
        writer.prepare('insert into settings (key, value) values (?, ?)').run('written-during-backup', 'yes');
        wrote = true;
      }, 16);
    } finally {
      writer.close();
    }
    const copy = new SQLite(file, { readonly: true });
    expect(copy.prepare('select value from settings where key = ?').get('written-during-backup')).toEqual({ value: 'yes' });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('refuses to overwrite a file, and names a timestamped default under the data directory', async () => {
    const file = path.join(dir, 'copy.sqlite');
    await expect(backupSqliteDatabase(liveConnection(), file)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'out' });
    expect(defaultBackupFile('/srv/fupin', new Date('2026-11-23T08:15:00.123Z'))).toBe('/srv/fupin/backups/fupin-2026-11-23T08-15-00Z.sqlite');
  });

  it('runs as a command into the default place, and sends PostgreSQL users to pg_dump', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const sink = (lines: string[]) => ({ write: (s: string) => lines.push(s) });
    expect(await runBackup(t.ctx.config, undefined, sink(out), sink(err))).toBe(0);
    const written = fs.readdirSync(path.join(t.ctx.config.dataDir, 'backups'));
    expect(written).toHaveLength(1);
    expect(out.join('')).toMatch(/backup: 100%[\s\S]*backup written to/);

    const postgres = { ...t.ctx.config, database: { kind: 'postgres' as const, url: 'postgres://nowhere/fupin' } };
    expect(await runBackup(postgres, undefined, sink(out), sink(err))).toBe(1);
    expect(err.join('')).toContain('pg_dump');
  });
});
