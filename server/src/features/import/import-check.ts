import { cellText, findHeaderRow, HOUSEHOLD_COLUMNS, matchHeaders, type ImportCell, type ImportProblem, type LabelOf } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import type { HouseholdRow, MemberRow } from '../../db/schema.ts';
import { findCurrentIdHolders } from '../members/members.repository.ts';
import { planHousehold, type BatchFacts, type PlanContext } from './import-plan.ts';
import { readSheets, type ImportFormat, type SheetRow } from './import-readers.ts';
import { findCurrentMembersOf, findHouseholdsByNo } from './import.repository.ts';
import { CompactStringSet } from './compact-string-set.ts';
import { createStagingWriter, type StagedHousehold } from './import-staging.ts';
import { createVillageResolver } from './import-villages.ts';
import { householdKeyOf, householdLabel, prepareHouseholdChunk, type HouseholdChunk, type PreparedChunk } from './import-prepare.ts';
import { createPreparePool, type PreparePool } from './import-worker-pool.ts';
import { masterKeyOf, type PersonalDataCipher } from '../../security/personal-data-cipher.ts';

export interface CheckCounts {
  rowsRead: number;
  rowsValid: number;
  rowsInvalid: number;
  householdsNew: number;
  householdsChanged: number;
  householdsUnchanged: number;
  householdsInvalid: number;
  problemCount: number;
}

export interface CheckInput {
  file: string;
  format: ImportFormat;
  /** The sheet name a CSV file's problems are reported under. */
  sheetName: string;
  stagingFile: string;
}

export interface CheckOptions {
  signal?: AbortSignal;
  onProgress?: (counts: CheckCounts) => void;
  /** Receives problems as they are found, in order. */
  onProblems: (problems: readonly ImportProblem[]) => Promise<void>;
  /** Worker threads for chunks from this one on (default 2: a small file is checked on the main thread alone); 0 for all chunks. */
  workersFromChunk?: number;
  /** How many worker threads (default: one per processor the process may use). */
  workers?: number;
}

/** Households looked up together: one query each for households, members and ID holders. */
const BATCH_HOUSEHOLDS = 1000;
const WORKERS_FROM_CHUNK = 2;

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

const isBlankRow = (cells: readonly ImportCell[]) => cells.every((c) => cellText(c) === '');

interface InFlight {
  prepared: Promise<PreparedChunk>;
  existing: HouseholdRow[];
  label: LabelOf;
}

/**
 * Reads the whole file, checks every row against the rules and the registry, and writes what the
 * valid households would change to the staging file. Writes nothing to the registry.
 *
 * The file is cut into chunks of whole households. Each chunk is read and checked on its own
 * (rows, ID numbers, hashes and encryption: import-prepare.ts), on worker threads once the file
 * proves large; the main thread meanwhile reads on and, chunk by chunk in file order, does what
 * needs the registry and the rest of the file (the same household number or person twice,
 * current ID holders, villages) and stages the result.
 */
export async function checkImportFile(ctx: AppContext, actor: Actor, input: CheckInput, options: CheckOptions): Promise<{ counts: CheckCounts; ignoredColumns: string[] }> {
  const counts: CheckCounts = { rowsRead: 0, rowsValid: 0, rowsInvalid: 0, householdsNew: 0, householdsChanged: 0, householdsUnchanged: 0, householdsInvalid: 0, problemCount: 0 };
  const ignoredColumns = new Set<string>();
  const staging = createStagingWriter(input.stagingFile);
  // Remembered across the whole file, compactly: a county's file holds millions of them.
  const seenNumbers = new CompactStringSet();
  const resolveVillage = createVillageResolver(ctx.db, actor);
  const seenIdHashes = new CompactStringSet();
  const today = todayInChina(ctx.now());
  const preparer = createChunkPreparer(ctx.cipher, options);
  const inFlight: InFlight[] = [];
  let householdSheets = 0;
  const report = async (problems: readonly ImportProblem[]) => {
    if (problems.length === 0) return;
    counts.problemCount += problems.length;
    await options.onProblems(problems);
  };

  async function processBatch(prepared: PreparedChunk, existing: readonly HouseholdRow[], label: LabelOf): Promise<void> {
    if (options.signal?.aborted) throw new ImportCancelled();
    for (const { draft, readProblems } of prepared.households) {
      if (draft.householdNo === '') continue;
      if (!seenNumbers.add(draft.householdNo)) {
        // Where the check found it before the identity checks moved to the chunk's own pass: the report reads the same.
        draft.problems.splice(readProblems, 0, { sheet: draft.sheet, row: draft.rows[0] ?? 0, column: label('householdNo'), value: draft.householdNo, code: 'householdNoRepeated',
          message: 'this household number appears earlier in the file; give a household\'s rows together' });
      }
    }
    const facts = await lookUpBatch(ctx, existing, prepared);
    const plan: PlanContext = { actor, cipher: ctx.cipher, today, at: ctx.now().toISOString(), labelOf: label, resolveVillage, seenIdHashes };
    const staged: StagedHousehold[] = [];
    for (const { draft } of prepared.households) {
      const result = await planHousehold(draft, plan, facts);
      const rows = draft.rows.length;
      if (result.kind === 'invalid') {
        counts.householdsInvalid += 1;
        counts.rowsInvalid += rows;
        await report(draft.problems.sort((a, b) => a.row - b.row));
        continue;
      }
      counts.rowsValid += rows;
      if (result.kind === 'unchanged') counts.householdsUnchanged += 1;
      else {
        staged.push(result.staged);
        if (result.kind === 'new') counts.householdsNew += 1;
        else counts.householdsChanged += 1;
      }
    }
    await staging.write(staged);
    options.onProgress?.({ ...counts });
  }

  async function finishOldest(): Promise<void> {
    const oldest = inFlight.shift();
    if (oldest) await processBatch(await oldest.prepared, oldest.existing, oldest.label);
  }

  /** Starts preparing a chunk; keeps a few ahead so the workers never wait for the main thread. */
  async function submit(chunk: HouseholdChunk, numbers: readonly string[], label: LabelOf): Promise<void> {
    const existing = numbers.length > 0 ? await findHouseholdsByNo(ctx.db, [...numbers]) : [];
    chunk.existingNumbers = existing.map((h) => h.householdNo);
    const prepared = preparer.prepare(chunk);
    // Its failure is reported when its turn comes; until then it must not count as unhandled.
    prepared.catch(() => undefined);
    inFlight.push({ prepared, existing, label });
    while (inFlight.length > preparer.depth()) await finishOldest();
  }

  try {
    for await (const sheet of readSheets(input.file, input.format, input.sheetName, options.signal)) {
      const iterator = sheet.rows[Symbol.asyncIterator]();
      const head: SheetRow[] = [];
      for (let i = 0; i < 10; i++) {
        const next = await iterator.next();
        if (next.done) break;
        head.push(next.value);
      }
      const at = findHeaderRow(head.map((r) => r.cells), HOUSEHOLD_COLUMNS);
      const headerRows = head.slice(Math.max(0, at - 2), at + 1).map((r) => r.cells);
      const header = at < 0 ? undefined : matchHeaders(headerRows, HOUSEHOLD_COLUMNS);
      if (!header || ![...header.columns.values()].some((c) => c.key === 'householdNo')) {
        // A sheet of instructions or notes; drain it so the reader can move on.
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) { /* skipped */ }
        continue;
      }
      householdSheets += 1;
      header.unknown.forEach((h) => ignoredColumns.add(h));
      const label = householdLabel(header);
      const newChunk = (): HouseholdChunk => ({ sheet: sheet.name, headerRows, rows: [], today, existingNumbers: [] });
      let chunk = newChunk();
      let numbers: string[] = [];
      let currentKey: string | undefined;
      const take = async (row: SheetRow) => {
        if (isBlankRow(row.cells)) return;
        counts.rowsRead += 1;
        // A household starts where the grouper would start one: a number other than the one above.
        const key = householdKeyOf(row.cells, header);
        if (key !== '' && key !== currentKey) {
          currentKey = key;
          if (numbers.length >= BATCH_HOUSEHOLDS) {
            await submit(chunk, numbers, label);
            chunk = newChunk();
            numbers = [];
          }
          numbers.push(key);
        }
        chunk.rows.push(row);
      };
      for (const row of head.slice(at + 1)) await take(row);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) await take(next.value);
      if (chunk.rows.length > 0) await submit(chunk, numbers, label);
    }
    while (inFlight.length > 0) await finishOldest();
    if (options.signal?.aborted) throw new ImportCancelled();
    if (householdSheets === 0) {
      await report([{ sheet: input.sheetName, row: 1, column: '户编号', value: '', code: 'missingColumn',
        message: 'no sheet has a header row with the household number (户编号) and the other columns of the template' }]);
    }
  } finally {
    await preparer.close();
    await staging.close();
  }
  return { counts, ignoredColumns: [...ignoredColumns] };
}

/** Prepares chunks on the main thread, then (from the chunk the options say) on a pool of worker threads. */
function createChunkPreparer(cipher: PersonalDataCipher, options: CheckOptions) {
  const from = options.workersFromChunk ?? WORKERS_FROM_CHUNK;
  const masterKey = masterKeyOf(cipher);
  let pool: PreparePool | undefined;
  let chunks = 0;
  return {
    prepare(chunk: HouseholdChunk): Promise<PreparedChunk> {
      const index = chunks++;
      if (masterKey && index >= from) pool ??= createPreparePool(masterKey, options.workers);
      if (pool) return pool.prepare(chunk);
      return new Promise((resolve) => resolve(prepareHouseholdChunk(chunk, cipher)));
    },
    /** Chunks kept in flight before the oldest is finished: one queued per worker beside the one it works on. */
    depth: () => (pool ? pool.size * 2 : 0),
    close: () => pool?.close() ?? Promise.resolve(),
  };
}

/** The registry's side of a chunk: existing households (looked up when it was cut), their current members, the holders of the ID numbers. */
async function lookUpBatch(ctx: AppContext, rows: readonly HouseholdRow[], prepared: PreparedChunk): Promise<BatchFacts> {
  const households = new Map(rows.map((h) => [h.householdNo, h]));
  const members: MemberRow[] = rows.length > 0 ? await findCurrentMembersOf(ctx.db, rows.map((h) => h.id)) : [];
  const membersOf = new Map<string, MemberRow[]>();
  for (const m of members) {
    const list = membersOf.get(m.householdId);
    if (list) list.push(m);
    else membersOf.set(m.householdId, [m]);
  }
  const hashes = new Map(prepared.hashes);
  const holders = new Map((await findCurrentIdHolders(ctx.db, [...hashes.values()])).map((h) => [h.idHash, h]));
  return { households, membersOf, holders, hashes, encrypted: new Map(prepared.encrypted) };
}
