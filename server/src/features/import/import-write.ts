import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { insertRecordChange, type RecordChange } from '../history/record-changes.repository.ts';
import { ImportCancelled } from './import-check.ts';
import { assignImportKeys, countNewKeys } from './import-keys.ts';
import { findImportJob } from './import.repository.ts';
import { readStaging, toStagedTable, type StagedBatch, type StagedHouseholdChange } from './import-staging.ts';
import {
  claimImportJob, countHouseholds, createBulkInserter, dropIndexesFor, isHouseholdAtVersion, moveHouseholdMembers, openImportWriteConnection, reserveImportKeys, updateHouseholdColumns,
  updateMemberColumns,
  type BulkInserter,
} from './import-write.repository.ts';

/** The registry changed between the check and the import: nothing is written, the file must be checked again. */
export class ImportStale extends Error {}

export interface WriteJob {
  id: string;
  regionCode: string;
  fileName: string;
  stagingFile: string;
}

export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (rowsWritten: number) => void;
  /** For tests of the all-or-nothing rule: fails after this many households are written. */
  failAfterHouseholds?: number;
  /** On SQLite, the fewest new households for which the indexes are dropped and built again at the end. */
  rebuildIndexesFrom?: number;
}

/**
 * Below this many new households (or fewer than the registry holds) updating the indexes row by
 * row is cheaper than building them again over the whole table.
 */
const REBUILD_INDEXES_FROM = 20_000;

/**
 * SQLite: once a load is known to bring at least as many new households as the registry holds
 * (and many), its indexes are dropped and built once at the end. While they are down, changes to
 * existing households wait (they look rows up by them) and are written from the staging file
 * after the rebuild, from the batch where the indexes went down.
 */
interface IndexPlan {
  /** Told how many new households the load brings so far (or in all, when known); may drop the indexes. */
  consider(newHouseholds: number, batchIndex: number): void;
  /** The batch from which changes wait for the rebuild; undefined while the indexes are up. */
  readonly suspendedFrom: number | undefined;
  rebuild(): void;
}

async function planIndexes(trx: Transaction<Database>, connection: DatabaseHandle, options: WriteOptions): Promise<IndexPlan> {
  const sqlite = connection.sqlite;
  const enough = Math.max(options.rebuildIndexesFrom ?? REBUILD_INDEXES_FROM, await countHouseholds(trx));
  let rebuild: (() => void) | undefined;
  let suspendedFrom: number | undefined;
  return {
    get suspendedFrom() {
      return suspendedFrom;
    },
    consider(newHouseholds, batchIndex) {
      if (!sqlite || rebuild || newHouseholds < enough) return;
      rebuild = dropIndexesFor(sqlite, ['households', 'members']);
      suspendedFrom = batchIndex;
    },
    rebuild: () => rebuild?.(),
  };
}

export const IMPORT_SOURCE = 'import';

async function writeChange(trx: Transaction<Database>, inserter: BulkInserter, actor: Actor, item: StagedHouseholdChange, at: string) {
  const base = { householdId: item.householdId, villageCode: item.villageCode, changedAt: at, actorId: actor.userId, actorName: actor.username, source: IMPORT_SOURCE };
  const changes: RecordChange[] = [];
  if (item.household) {
    const written = await updateHouseholdColumns(trx, item.householdId, item.version, { ...item.household.columns, updatedAt: at, updatedBy: actor.userId });
    if (!written) throw new ImportStale(`household ${item.householdNo} was changed after the check`);
    if (typeof item.household.columns.villageCode === 'string') await moveHouseholdMembers(trx, item.householdId, item.household.columns.villageCode);
    changes.push({ ...base, entityType: 'household', entityId: item.householdId, action: 'update', before: item.household.before, after: item.household.after });
  } else if (!(await isHouseholdAtVersion(trx, item.householdId, item.version))) {
    throw new ImportStale(`household ${item.householdNo} was changed after the check`);
  }
  for (const m of item.memberChanges) {
    await updateMemberColumns(trx, m.id, m.columns);
    changes.push({ ...base, entityType: 'member', entityId: m.id, action: 'update', before: m.before, after: m.after });
  }
  await inserter.insert(trx, 'members', toStagedTable(item.newMembers));
  item.newMembers.forEach((m, i) => changes.push({ ...base, entityType: 'member', entityId: m.id, action: 'create', before: null, after: item.newMemberImages[i] ?? null }));
  for (const change of changes) await insertRecordChange(trx, change);
}

/** What a load needs besides its batches: where it writes, for whom, and when. */
export interface WriteTarget {
  connection: DatabaseHandle;
  actor: Actor;
  job: WriteJob;
  at: string;
  /** New households the whole load brings, when the check has already counted them. */
  knownNewHouseholds?: number;
}

/**
 * Writes staged batches inside the caller's transaction (the job already claimed): new rows in
 * bulk, changes one by one with their history; then the rebuilt indexes and the changes that
 * waited for them. Answers rows and households written.
 */
export async function writeStagedBatches(trx: Transaction<Database>, target: WriteTarget, batches: AsyncIterable<StagedBatch>, options: WriteOptions): Promise<{ rowsWritten: number; households: number }> {
  const { connection, actor, job, at } = target;
  const inserter = createBulkInserter(connection);
  const indexes = await planIndexes(trx, connection, options);
  if (target.knownNewHouseholds !== undefined) indexes.consider(target.knownNewHouseholds, 0);
  let rowsWritten = 0;
  let households = 0;
  let newHouseholds = 0;
  let batchIndex = 0;
  let hasWaitingChanges = false;
  for await (const batch of batches) {
    if (options.signal?.aborted) throw new ImportCancelled();
    if (target.knownNewHouseholds === undefined) indexes.consider(newHouseholds + batch.newHouseholds.count, batchIndex);
    assignImportKeys(batch, await reserveImportKeys(trx, countNewKeys(batch)));
    await inserter.insert(trx, 'households', batch.newHouseholds);
    await inserter.insert(trx, 'members', batch.newMembers);
    if (indexes.suspendedFrom === undefined) for (const item of batch.changes) await writeChange(trx, inserter, actor, item, at);
    else hasWaitingChanges ||= batch.changes.length > 0;
    newHouseholds += batch.newHouseholds.count;
    rowsWritten += batch.rows;
    households += batch.households;
    batchIndex += 1;
    if (options.failAfterHouseholds !== undefined && households >= options.failAfterHouseholds) throw new Error('import stopped on purpose (test)');
    options.onProgress?.(rowsWritten);
    // Lets the server answer (progress polls, reads) between batches.
    await nextTurn();
  }
  indexes.rebuild();
  const waitingFrom = indexes.suspendedFrom;
  if (waitingFrom !== undefined && hasWaitingChanges) {
    let index = 0;
    for await (const batch of readStaging(job.stagingFile)) {
      if (options.signal?.aborted) throw new ImportCancelled();
      if (index++ < waitingFrom || batch.changes.length === 0) continue;
      assignImportKeys(batch, await reserveImportKeys(trx, countNewKeys(batch)));
      for (const item of batch.changes) await writeChange(trx, inserter, actor, item, at);
    }
  }
  await recordAudit(trx, actor, {
    action: 'import', entityType: 'importJob', entityId: job.id, regionCode: job.regionCode || null,
    details: { fileName: job.fileName, households, rows: rowsWritten },
  }, at);
  return { rowsWritten, households };
}

/**
 * Writes every staged household of a checked job in one transaction, with one audit entry for
 * the import: all of it or, when anything fails or the job is cancelled, none of it.
 */
export async function writeStagedImport(ctx: AppContext, actor: Actor, job: WriteJob, options: WriteOptions = {}): Promise<{ rowsWritten: number; households: number }> {
  const connection = openImportWriteConnection(ctx.config.database, ctx.database);
  const at = ctx.now().toISOString();
  try {
    return await connection.db.transaction().execute(async (trx) => {
      await claimImportJob(trx, job.id, at);
      const checked = await findImportJob(trx, job.id);
      const target = { connection, actor, job, at, knownNewHouseholds: checked?.householdsNew ?? 0 };
      return writeStagedBatches(trx, target, readStaging(job.stagingFile), options);
    });
  } finally {
    await connection.close();
  }
}
