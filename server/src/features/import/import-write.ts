import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/schema.ts';
import { insertRecordChange, type RecordChange } from '../history/record-changes.repository.ts';
import { ImportCancelled } from './import-check.ts';
import { readStaging, type StagedHousehold } from './import-staging.ts';
import {
  claimImportJob, createBulkInserter, isHouseholdAtVersion, moveHouseholdMembers, openImportWriteConnection, updateHouseholdColumns, updateMemberColumns,
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
}

const BATCH = 1000;
export const IMPORT_SOURCE = 'import';

async function writeChange(trx: Transaction<Database>, inserter: BulkInserter, actor: Actor, item: Extract<StagedHousehold, { kind: 'change' }>, at: string) {
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
  await inserter.insert(trx, 'members', item.newMembers);
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
      for await (const batch of readStaging(job.stagingFile, BATCH)) {
        if (options.signal?.aborted) throw new ImportCancelled();
        const fresh = batch.filter((b) => b.kind === 'new');
        await inserter.insert(trx, 'households', fresh.map((b) => b.household));
        await inserter.insert(trx, 'members', fresh.flatMap((b) => b.members));
        for (const item of batch) if (item.kind === 'change') await writeChange(trx, inserter, actor, item, at);
        rowsWritten += batch.reduce((sum, b) => sum + b.rows, 0);
        households += batch.length;
        if (options.failAfterHouseholds !== undefined && households >= options.failAfterHouseholds) throw new Error('import stopped on purpose (test)');
        options.onProgress?.(rowsWritten);
        // Lets the server answer (progress polls, reads) between batches.
        await nextTurn();
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
