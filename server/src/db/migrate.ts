import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import * as foundation from './migrations/2026-11-23-0001-foundation.ts';
import * as householdSearch from './migrations/2026-11-23-0002-household-search.ts';
import * as overview from './migrations/2026-11-23-0003-overview.ts';
import * as policy from './migrations/2026-11-23-0004-policy.ts';
import * as procedures from './migrations/2026-11-23-0005-procedures.ts';
import * as assistance from './migrations/2026-11-23-0006-assistance.ts';
import * as imports from './migrations/2026-11-23-0007-imports.ts';
import * as programmes from './migrations/2026-11-23-0009-programmes.ts';
import * as monitoring from './migrations/2026-11-23-0010-monitoring.ts';
import * as monitoringCases from './migrations/2026-11-23-0012-monitoring-cases.ts';
import * as importKinds from './migrations/2026-11-23-0013-import-kinds.ts';
import * as registryFacts from './migrations/2026-11-23-0014-registry-facts.ts';
import * as monitoringSpeed from './migrations/2026-11-23-0015-monitoring-speed.ts';
import * as compactRegistry from './migrations/2026-11-23-0016-compact-registry.ts';
import * as scanSpeed from './migrations/2026-11-23-0017-scan-speed.ts';
import * as assistanceWorkshopNames from './migrations/2026-11-23-0018-assistance-workshop-names.ts';
import * as integerKeys from './migrations/2026-11-23-0019-integer-keys.ts';
import * as smallerRegistry from './migrations/2026-11-24-0020-smaller-registry.ts';
import * as scanAlerts from './migrations/2026-11-24-0021-scan-alerts.ts';
import * as alertWrites from './migrations/2026-11-24-0022-alert-writes.ts';
import * as alertClearing from './migrations/2026-11-24-0023-alert-clearing.ts';
import * as scanProgress from './migrations/2026-11-24-0024-scan-progress.ts';

/** Migrations in the order they landed; names are dated and never change. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23-0001-foundation': foundation,
  '2026-11-23-0002-household-search': householdSearch,
  '2026-11-23-0003-overview': overview,
  '2026-11-23-0004-policy': policy,
  '2026-11-23-0005-procedures': procedures,
  '2026-11-23-0006-assistance': assistance,
  '2026-11-23-0007-imports': imports,
  '2026-11-23-0009-programmes': programmes,
  '2026-11-23-0010-monitoring': monitoring,
  '2026-11-23-0012-monitoring-cases': monitoringCases,
  '2026-11-23-0013-import-kinds': importKinds,
  '2026-11-23-0014-registry-facts': registryFacts,
  '2026-11-23-0015-monitoring-speed': monitoringSpeed,
  '2026-11-23-0016-compact-registry': compactRegistry,
  '2026-11-23-0017-scan-speed': scanSpeed,
  '2026-11-23-0018-assistance-workshop-names': assistanceWorkshopNames,
  '2026-11-23-0019-integer-keys': integerKeys,
  '2026-11-24-0020-smaller-registry': smallerRegistry,
  '2026-11-24-0021-scan-alerts': scanAlerts,
  '2026-11-24-0022-alert-writes': alertWrites,
  '2026-11-24-0023-alert-clearing': alertClearing,
  '2026-11-24-0024-scan-progress': scanProgress,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  return migrate(db, (migrator) => migrator.migrateToLatest());
}

/** Runs the migrations up to and including the named one (tests of a later migration's conversion). */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  if (!(name in MIGRATIONS)) throw new Error(`no migration named ${name}`);
  return migrate(db, (migrator) => migrator.migrateTo(name));
}

async function migrate(appDb: Db, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  // Migrations see the database as it was when they were written, not as the current schema types say.
  const db = appDb as unknown as Kysely<unknown>;
  // Unless told the schema, Kysely finds its bookkeeping tables in ANY schema (e.g. a parallel test's).
  const migrationTableSchema = isPostgres(db) ? await currentSchema(db) : undefined;
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await run(migrator);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: Kysely<unknown>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}
