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
import { readStaging, toStagedTable, type StagedHouseholdChange } from './import-staging.ts';
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

interface IndexPlan {
  isSuspended: boolean;
  /** Indexes were dropped and existing households change: the changes wait until the indexes are back (they look rows up by them). */
  hasDeferredChanges: boolean;
  rebuild(): void;
}

/** SQLite: for a large load into a registry no larger than it, the indexes are built once at the end. */
async function suspendIndexesForLoad(trx: Transaction<Database>, connection: DatabaseHandle, job: WriteJob, options: WriteOptions): Promise<IndexPlan> {
  const threshold = options.rebuildIndexesFrom ?? REBUILD_INDEXES_FROM;
  const checked = await findImportJob(trx, job.id);
  const fresh = checked?.householdsNew ?? 0;
  if (!connection.sqlite || fresh < threshold || fresh < await countHouseholds(trx)) return { isSuspended: false, hasDeferredChanges: false, rebuild: () => undefined };
  return { isSuspended: true, hasDeferredChanges: (checked?.householdsChanged ?? 0) > 0, rebuild: dropIndexesFor(connection.sqlite, ['households', 'members']) };
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

/**
 * Writes every staged household in one transaction, with one audit entry for the import: all of
 * it or, when anything fails or the job is cancelled, none of it.
 */
export async function writeStagedImport(ctx: AppContext, actor: Actor, job: WriteJob, options: WriteOptions = {}): Promise<{ rowsWritten: number; households: number }> {
  const connection = openImportWriteConnection(ctx.config, ctx.database);
  const inserter = createBulkInserter(connection);
  const at = ctx.now().toISOString();
  let rowsWritten = 0;
  let households = 0;
  try {
    await connection.db.transaction().execute(async (trx) => {
      await claimImportJob(trx, job.id, at);
      const indexes = await suspendIndexesForLoad(trx, connection, job, options);
      for await (const batch of readStaging(job.stagingFile)) {
        if (options.signal?.aborted) throw new ImportCancelled();
        assignImportKeys(batch, await reserveImportKeys(trx, countNewKeys(batch)));
        await inserter.insert(trx, 'households', batch.newHouseholds);
        await inserter.insert(trx, 'members', batch.newMembers);
        if (!indexes.isSuspended) for (const item of batch.changes) await writeChange(trx, inserter, actor, item, at);
        rowsWritten += batch.rows;
        households += batch.households;
        if (options.failAfterHouseholds !== undefined && households >= options.failAfterHouseholds) throw new Error('import stopped on purpose (test)');
        options.onProgress?.(rowsWritten);
        // Lets the server answer (progress polls, reads) between batches.
        await nextTurn();
      }
      indexes.rebuild();
      if (indexes.hasDeferredChanges) {
        for await (const batch of readStaging(job.stagingFile)) {
          if (options.signal?.aborted) throw new ImportCancelled();
          assignImportKeys(batch, await reserveImportKeys(trx, countNewKeys(batch)));
          for (const item of batch.changes) await writeChange(trx, inserter, actor, item, at);
        }
      }
      await recordAudit(trx, actor, {
        action: 'import', entityType: 'importJob', entityId: job.id, regionCode: job.regionCode || null,
        details: { fileName: job.fileName, households, rows: rowsWritten },
      }, at);
    });
  } finally {
    await connection.close();
  }
  return { rowsWritten, households };
}
