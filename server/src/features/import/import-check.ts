import {
  cellText, createHouseholdGrouper, HOUSEHOLD_COLUMNS, labelOf, parseImportRow,
  type HouseholdDraft, type ImportCell, type ImportProblem,
} from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import type { HouseholdRow, MemberRow } from '../../db/schema.ts';
import { findCurrentIdHolders } from '../members/members.repository.ts';
import { planHousehold, type BatchFacts, type PlanContext } from './import-plan.ts';
import { readSheetHead, readSheets, type ImportFormat, type SheetRow } from './import-readers.ts';
import { findCurrentMembersOf, findHouseholdsByNo, hasAnyHousehold } from './import.repository.ts';
import { CompactStringSet } from './compact-string-set.ts';
import { collectIdNumbers, openIdCryptoSource, type BatchIdCrypto } from './import-id-crypto.ts';
import { createStagingWriter, type StagedHousehold } from './import-staging.ts';
import { createVillageResolver } from './import-villages.ts';

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
  /** Receives each batch of staged households as it goes to the staging file. */
  onStaged?: (frame: Buffer) => Promise<void>;
  /** From this file size on, ID numbers are hashed and encrypted on a worker thread (tests set 0). */
  idCryptoWorkerFromBytes?: number;
}

/** Households looked up together: one query each for households, members and ID holders. */
const BATCH_HOUSEHOLDS = 1000;

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

const isBlankRow = (cells: readonly ImportCell[]) => cells.every((c) => cellText(c) === '');

/**
 * Reads the whole file, checks every row against the rules and the registry, and writes what the
 * valid households would change to the staging file. Writes nothing to the registry.
 */
export async function checkImportFile(ctx: AppContext, actor: Actor, input: CheckInput, options: CheckOptions): Promise<{ counts: CheckCounts; ignoredColumns: string[] }> {
  const counts: CheckCounts = { rowsRead: 0, rowsValid: 0, rowsInvalid: 0, householdsNew: 0, householdsChanged: 0, householdsUnchanged: 0, householdsInvalid: 0, problemCount: 0 };
  const ignoredColumns = new Set<string>();
  const staging = createStagingWriter(input.stagingFile, options.onStaged);
  // Remembered across the whole file, compactly: a county's file holds millions of them.
  const seenNumbers = new CompactStringSet();
  const resolveVillage = createVillageResolver(ctx.db, actor);
  const seenIdHashes = new CompactStringSet();
  const placeholders = { households: 0, members: 0 };
  let householdSheets = 0;
  const report = async (problems: readonly ImportProblem[]) => {
    if (problems.length === 0) return;
    counts.problemCount += problems.length;
    await options.onProblems(problems);
  };

  async function processBatch(drafts: HouseholdDraft[], label: (key: string) => string, idCrypto: Promise<BatchIdCrypto>): Promise<void> {
    if (options.signal?.aborted) throw new ImportCancelled();
    for (const draft of drafts) {
      if (draft.householdNo === '') continue;
      if (!seenNumbers.add(draft.householdNo)) {
        draft.problems.push({ sheet: draft.sheet, row: draft.rows[0] ?? 0, column: label('householdNo'), value: draft.householdNo, code: 'householdNoRepeated',
          message: 'this household number appears earlier in the file; give a household\'s rows together' });
      }
    }
    const facts = await lookUpBatch(ctx, drafts, await idCrypto);
    const plan: PlanContext = { actor, cipher: ctx.cipher, today: todayInChina(ctx.now()), at: ctx.now().toISOString(), labelOf: label, resolveVillage, seenIdHashes, placeholders };
    const staged: StagedHousehold[] = [];
    for (const draft of drafts) {
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

  const idCryptoSource = openIdCryptoSource(ctx.config, ctx.cipher, input.file, options.idCryptoWorkerFromBytes);
  /** One batch ahead: its ID numbers are hashed and encrypted while the batch before it is checked. */
  let ahead: { drafts: HouseholdDraft[]; label: (key: string) => string; idCrypto: Promise<BatchIdCrypto> } | undefined;
  const submitBatch = async (drafts: HouseholdDraft[], label: (key: string) => string) => {
    const idCrypto = idCryptoSource.compute(collectIdNumbers(drafts));
    // A failure is reported when its batch is checked; if the check stops before that, nowhere.
    idCrypto.catch(() => undefined);
    const previous = ahead;
    ahead = { drafts, label, idCrypto };
    if (previous) await processBatch(previous.drafts, previous.label, previous.idCrypto);
  };

  try {
    for await (const sheet of readSheets(input.file, input.format, input.sheetName, options.signal)) {
      const { rows: iterator, following, header } = await readSheetHead(sheet, HOUSEHOLD_COLUMNS);
      if (!header || ![...header.columns.values()].some((c) => c.key === 'householdNo')) {
        // A sheet of instructions or notes; drain it so the reader can move on.
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) { /* skipped */ }
        continue;
      }
      householdSheets += 1;
      header.unknown.forEach((h) => ignoredColumns.add(h));
      const label = (key: string) => labelOf(header, key, HOUSEHOLD_COLUMNS.find((c) => c.key === key));
      const grouper = createHouseholdGrouper(sheet.name, label);
      let batch: HouseholdDraft[] = [];
      /** Adds a row; true when the batch is full. Synchronous: most rows need no await. */
      const take = (row: SheetRow): boolean => {
        if (isBlankRow(row.cells)) return false;
        counts.rowsRead += 1;
        const done = grouper.push(parseImportRow(sheet.name, row.number, row.cells, header));
        if (done) batch.push(done);
        return batch.length >= BATCH_HOUSEHOLDS;
      };
      const flush = async () => {
        await submitBatch(batch, label);
        batch = [];
      };
      for (const row of following) if (take(row)) await flush();
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) if (take(next.value)) await flush();
      const last = grouper.finish();
      if (last) batch.push(last);
      await submitBatch(batch, label);
    }
    if (ahead) await processBatch(ahead.drafts, ahead.label, ahead.idCrypto);
    if (options.signal?.aborted) throw new ImportCancelled();
    if (householdSheets === 0) {
      await report([{ sheet: input.sheetName, row: 1, column: '户编号', value: '', code: 'missingColumn',
        message: 'no sheet has a header row with the household number (户编号) and the other columns of the template' }]);
    }
  } finally {
    await idCryptoSource.close();
    await staging.close();
  }
  return { counts, ignoredColumns: [...ignoredColumns] };
}

/**
 * The registry's side of a batch: existing households, their current members, the holders of the
 * ID numbers. An empty registry (a county's first import into fupin) has none of them: one probe
 * instead of three queries of thousands of keys each (at 200,000 households about 1.8 s of the
 * check's thread).
 */
async function lookUpBatch(ctx: AppContext, drafts: readonly HouseholdDraft[], idCrypto: BatchIdCrypto): Promise<BatchFacts> {
  if (!(await hasAnyHousehold(ctx.db))) return { households: new Map(), membersOf: new Map(), holders: new Map(), ...idCrypto };
  const numbers = drafts.map((d) => d.householdNo).filter((n) => n !== '');
  const rows: HouseholdRow[] = await findHouseholdsByNo(ctx.db, numbers);
  const households = new Map(rows.map((h) => [h.householdNo, h]));
  const members: MemberRow[] = await findCurrentMembersOf(ctx.db, rows.map((h) => h.id));
  const membersOf = new Map<number, MemberRow[]>();
  for (const m of members) membersOf.set(m.householdId, [...(membersOf.get(m.householdId) ?? []), m]);
  const holders = new Map((await findCurrentIdHolders(ctx.db, [...idCrypto.hashes.values()])).map((h) => [h.idHash, h]));
  return { households, membersOf, holders, ...idCrypto };
}
