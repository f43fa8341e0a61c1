import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, TEST_REGION_ROOTS } from '../../test/test-context.ts';
import { cliActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig } from '../config/config.ts';
import { DEMO_TABLES } from '../features/demo/demo-batch.ts';
import { loadDemoCounty } from '../features/demo/demo.service.ts';
import { deferIndexes, readIndexDefinitions, withSmallSortRuns } from './deferred-indexes.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new data directory, removed after the test. */
function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-deferred-'));
  dirs.push(dir);
  return dir;
}

function openInDir(dir: string): Promise<AppContext> {
  const config = loadConfig({ FUPIN_DATA_DIR: dir, FUPIN_ENCRYPTION_KEY: TEST_KEY, FUPIN_LOG_LEVEL: 'silent' });
  return openAppContext(config, { regionRoots: TEST_REGION_ROOTS });
}

function sqliteOf(ctx: AppContext): SQLite.Database {
  if (!ctx.database.sqlite) throw new Error('these tests run on SQLite');
  return ctx.database.sqlite;
}

const deferredCount = (sqlite: SQLite.Database) => (sqlite.prepare('select count(*) as n from deferred_indexes').get() as { n: number }).n;

describe('indexes deferred by a bulk load [sqlite]', () => {
  it('a first demo load builds every index of its tables again at the end; a load beside existing households keeps them', async () => {
    const ctx = await openInDir(newDataDir());
    try {
      const sqlite = sqliteOf(ctx);
      const before = readIndexDefinitions(sqlite, DEMO_TABLES);
      expect(before.map((i) => i.name)).toContain('members_id_hash_current_uq');
      const indexing: string[] = [];
      await loadDemoCounty(ctx, cliActor(), { households: 150, seed: 'deferred', countyCode: '150602', onIndexing: () => indexing.push('150602') });
      expect(readIndexDefinitions(sqlite, DEMO_TABLES)).toEqual(before);
      expect(deferredCount(sqlite)).toBe(0);

      await loadDemoCounty(ctx, cliActor(), { households: 20, seed: 'deferred', countyCode: '110101', onIndexing: () => indexing.push('110101') });
      expect(indexing).toEqual(['150602']);
      expect(readIndexDefinitions(sqlite, DEMO_TABLES)).toEqual(before);
    } finally {
      await ctx.database.close();
    }
  });

  it('indexes dropped by a load that was stopped half-way are built at the next start', async () => {
    const dir = newDataDir();
    const first = await openInDir(dir);
    const before = readIndexDefinitions(sqliteOf(first), ['members', 'households']);
    deferIndexes(sqliteOf(first), ['members', 'households']);
    expect(readIndexDefinitions(sqliteOf(first), ['members', 'households'])).toEqual([]);
    expect(deferredCount(sqliteOf(first))).toBe(before.length);
    await first.database.close();

    const next = await openInDir(dir);
    try {
      expect(readIndexDefinitions(sqliteOf(next), ['members', 'households'])).toEqual(before);
      expect(deferredCount(sqliteOf(next))).toBe(0);
    } finally {
      await next.database.close();
    }
  });

  it('builds indexes with small sort runs on a helper thread, and gives the connection its page cache and threads back, also after a failure', async () => {
    const ctx = await openInDir(newDataDir());
    try {
      const sqlite = sqliteOf(ctx);
      const settings = () => [sqlite.pragma('cache_size', { simple: true }), sqlite.pragma('threads', { simple: true })];
      const before = settings();
      expect(withSmallSortRuns(sqlite, settings)).toEqual([-4096, 2]);
      expect(settings()).toEqual(before);
      expect(() => withSmallSortRuns(sqlite, () => sqlite.exec('create index broken on no_such_table (x)'))).toThrow(/no such table/);
      expect(settings()).toEqual(before);
    } finally {
      await ctx.database.close();
    }
  });
});
