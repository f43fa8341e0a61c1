import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@fupin/core';
import type { AppContext } from '../src/app-context.ts';
import { openAppContext } from '../src/bootstrap.ts';
import { loadConfig, type DatabaseConfig } from '../src/config/config.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { migrateUpTo } from '../src/db/migrate.ts';
import { generateSecret, hashSecret, SESSION_COOKIE, CSRF_HEADER } from '../src/features/auth/auth-tokens.ts';
import { createApp } from '../src/http/app.ts';
import { hashPassword } from '../src/security/password.ts';

/** The engines every server test runs on: SQLite always, PostgreSQL when FUPIN_TEST_DATABASE_URL is set. */
export const TEST_ENGINES: readonly DatabaseConfig['kind'][] = process.env.FUPIN_TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Regions loaded in tests: the demo county and one Beijing district, with their ancestors. */
export const TEST_REGION_ROOTS = ['150602', '110101'] as const;
export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  ctx: AppContext;
  app: ReturnType<typeof createApp>;
  /** Moves the test clock (sessions, notice periods). */
  clock: { now: Date };
  close(): Promise<void>;
}

/** A fresh database (a new SQLite file, or a new PostgreSQL schema) migrated and seeded. */
export async function createTestApp(kind: DatabaseConfig['kind'], env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-test-'));
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const base = loadConfig({ FUPIN_DATA_DIR: dataDir, FUPIN_ENCRYPTION_KEY: TEST_KEY, FUPIN_LOG_LEVEL: 'silent', ...env });
  let database: DatabaseConfig = base.database;
  if (kind === 'postgres') {
    await withPostgres((c) => c.query(`create schema ${schema}`));
    database = { kind: 'postgres', url: process.env.FUPIN_TEST_DATABASE_URL ?? '', schema };
  }
  const clock = { now: new Date() };
  const ctx0 = await openAppContext({ ...base, database }, { regionRoots: TEST_REGION_ROOTS });
  const ctx: AppContext = { ...ctx0, now: () => clock.now };
  return {
    ctx,
    app: createApp(ctx),
    clock,
    async close() {
      await ctx.database.close();
      if (kind === 'postgres') await withPostgres((c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a suite once per engine with a fresh database shared by the suite's tests. */
export function describeEachEngine(name: string, body: (t: () => TestApp, kind: DatabaseConfig['kind']) => void): void {
  for (const kind of TEST_ENGINES) {
    describe(`${name} [${kind}]`, () => {
      let testApp: TestApp | undefined;
      beforeAll(async () => {
        testApp = await createTestApp(kind);
      });
      afterAll(async () => {
        await testApp?.close();
      });
      body(() => {
        if (!testApp) throw new Error('test app not ready');
        return testApp;
      }, kind);
    });
  }
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  /** Headers that carry the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

let userCounter = 0;

/** A user with a real session row, as signing in would create. */
export async function createSignedInUser(t: TestApp, role: Role, regionCode: string, extra: { department?: string } = {}): Promise<TestUser> {
  const id = uuidv7();
  const username = `${role}-${regionCode}-${++userCounter}-${crypto.randomBytes(3).toString('hex')}`;
  const password = 'correct horse 42';
  const at = t.ctx.now().toISOString();
  await t.ctx.db.insertInto('users').values({
    id, username, displayName: username, role, regionCode, department: extra.department ?? null,
    passwordHash: await hashPassword(password), createdAt: at, updatedAt: at,
  }).execute();
  const sessionToken = generateSecret();
  const csrfToken = generateSecret();
  await t.ctx.db.insertInto('sessions').values({ id: hashSecret(sessionToken), userId: id, csrfToken, ip: null, createdAt: at, lastSeenAt: at }).execute();
  return { id, username, password, headers: { cookie: `${SESSION_COOKIE}=${sessionToken}`, [CSRF_HEADER]: csrfToken } };
}

/** A JSON request through the app (no port), with the user's session when given; T is the expected body shape. */
export async function request<T = Record<string, unknown>>(t: TestApp, method: string, url: string, options: { user?: TestUser; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(options.user?.headers ?? {}), ...(options.headers ?? {}) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await t.app.request(url, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** A short-lived client of the test PostgreSQL (schemas made and dropped by hand). */
export async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.FUPIN_TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database (a new SQLite file, or a new PostgreSQL schema), not migrated: for tests of migrations. */
export async function openEmptyDatabase(kind: DatabaseConfig['kind']): Promise<{ handle: DatabaseHandle; remove(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-migrate-'));
  const schema = `m_${crypto.randomBytes(6).toString('hex')}`;
  if (kind === 'postgres') await withPostgres((c) => c.query(`create schema ${schema}`));
  const handle = openDatabase(kind === 'postgres'
    ? { kind, url: process.env.FUPIN_TEST_DATABASE_URL ?? '', schema }
    : { kind, file: path.join(dir, 'fupin.sqlite') });
  return {
    handle,
    async remove() {
      await handle.close();
      if (kind === 'postgres') await withPostgres((c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Tests of one migration, once per engine: `openBefore()` gives an empty database migrated up to
 * `previous` (the migration before the one under test), removed after the test.
 */
export function describeMigration(name: string, previous: string, body: (openBefore: () => Promise<DatabaseHandle>, kind: DatabaseConfig['kind']) => void): void {
  for (const kind of TEST_ENGINES) {
    describe(`${name} [${kind}]`, () => {
      const removals: (() => Promise<void>)[] = [];
      afterEach(async () => {
        for (const remove of removals.splice(0)) await remove();
      });
      body(async () => {
        const { handle, remove } = await openEmptyDatabase(kind);
        removals.push(remove);
        await migrateUpTo(handle.db, previous);
        return handle;
      }, kind);
    });
  }
}
