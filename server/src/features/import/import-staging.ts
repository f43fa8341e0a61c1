import fs from 'node:fs';
import readline from 'node:readline';
import type { ColumnValues } from './import-column-mapping.ts';

/** A member row ready to insert: ID number already encrypted, hashed and masked (never in plain text). */
export type StagedMember = ColumnValues & { id: string; householdId: string; villageCode: string; idHash: string };

export interface StagedChange {
  id: string;
  columns: ColumnValues;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * What the check decided for one valid household, written to a staging file so the import writes
 * exactly what was checked without reading, checking and encrypting the spreadsheet again.
 */
export type StagedHousehold =
  | { kind: 'new'; rows: number; household: ColumnValues & { id: string; villageCode: string }; members: StagedMember[] }
  | {
    kind: 'change'; rows: number; householdId: string; householdNo: string; villageCode: string; version: number;
    household: { columns: ColumnValues; before: Record<string, unknown>; after: Record<string, unknown> } | null;
    memberChanges: StagedChange[]; newMembers: StagedMember[]; newMemberImages: Record<string, unknown>[];
  };

/** Appends staged households to a file, one JSON line each, waiting when the disk is behind. */
export function createStagingWriter(file: string) {
  const out = fs.createWriteStream(file);
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure = error;
  });
  return {
    async write(items: readonly StagedHousehold[]): Promise<void> {
      if (failure) throw failure;
      if (items.length === 0) return;
      if (!out.write(items.map((i) => JSON.stringify(i)).join('\n') + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        out.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}

/** Reads the staging file back in batches. */
export async function* readStaging(file: string, batchSize: number): AsyncGenerator<StagedHousehold[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let batch: StagedHousehold[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(JSON.parse(line) as StagedHousehold);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
