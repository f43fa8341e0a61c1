import crypto from 'node:crypto';
import {
  canDepartmentSendFeed, feedDefinition, feedRowKey, mapFeedHeaders, maskIdNumber, validateFeedRow,
  type FeedKind, type FeedRecordDraft,
} from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { checksumOfFile, readFeedFile, type FeedSheet } from './feed-file.ts';
import { feedRecordWriterFor, type FeedRecordWrite } from './feed-records.repository.ts';
import {
  findCurrentMembersByIdHash, findFeedBatch, findFeedBatchByChecksum, findFeedBatches, insertFeedBatch, updateFeedBatch,
} from './feeds.repository.ts';
import { newRowId } from '../../db/row-ids.ts';
import { presentFeedBatch, presentFeedBatchSummary } from './feeds.presenter.ts';
import type { FeedBatchSummaryView, FeedBatchView, FeedIssue } from './feeds.schemas.ts';

const STORED_ISSUES = 1000;

export interface FeedUpload {
  kind: FeedKind;
  /** The name it was sent under (its extension gives the format). */
  fileName: string;
  /** Where the file lies while it is read. */
  file: string;
}

/** Department officers send only their department's feeds; county officers and administrators any. */
function assertMaySendFeed(actor: Actor, kind: FeedKind): void {
  requirePermission(actor, 'feeds:submit');
  if (actor.role === 'departmentOfficer' && !canDepartmentSendFeed(actor.department, kind)) {
    throw new AppError('FORBIDDEN', `department ${actor.department ?? '(none)'} does not send the ${kind} feed`, { field: 'kind' });
  }
}

interface ValidRow { sheetRow: number; idHash: string; rowKey: string; draft: FeedRecordDraft }

/** Validates every row; returns the valid rows and the issues, one per bad cell or repeated row. */
function checkRows(ctx: AppContext, kind: FeedKind, sheet: FeedSheet): { valid: ValidRow[]; issues: FeedIssue[]; invalidRows: number; idHashes: string[] } {
  const definition = feedDefinition(kind);
  const { indexes, missing } = mapFeedHeaders(definition, sheet.headers);
  if (missing.length > 0) {
    throw new AppError('FEED_COLUMNS_MISSING', `the file lacks the column(s) ${missing.map((c) => c.zh).join(', ')} of the ${kind} template`, { field: 'file', details: { missing: missing.map((c) => c.zh) } });
  }
  const today = todayInChina(ctx.now());
  const valid: ValidRow[] = [];
  const issues: FeedIssue[] = [];
  const seen = new Map<string, number>();
  // A person often has many rows in one file: the keyed hash is computed once per ID number.
  const hashes = new Map<string, string>();
  const columns = Object.entries(indexes);
  let invalidRows = 0;
  for (const row of sheet.rows) {
    const cells: Record<string, string> = {};
    for (const [key, index] of columns) cells[key] = row.cells[index] ?? '';
    const result = validateFeedRow(definition, cells, today);
    if (!result.ok) {
      invalidRows += 1;
      for (const issue of result.issues) issues.push({ sheet: sheet.name, row: row.number, kind: 'invalid', ...issue });
      continue;
    }
    let idHash = hashes.get(result.record.idNumber);
    if (idHash === undefined) {
      idHash = ctx.cipher.hash(result.record.idNumber);
      hashes.set(result.record.idNumber, idHash);
    }
    const rowKey = `${idHash}|${feedRowKey(definition, result.record)}`;
    const first = seen.get(rowKey);
    if (first !== undefined) {
      invalidRows += 1;
      issues.push({ sheet: sheet.name, row: row.number, column: '', value: maskIdNumber(result.record.idNumber), message: `repeats row ${first}`, kind: 'repeated' });
      continue;
    }
    seen.set(rowKey, row.number);
    valid.push({ sheetRow: row.number, idHash, rowKey, draft: result.record });
  }
  return { valid, issues, invalidRows, idHashes: [...hashes.values()] };
}

/** What a stored row is compared by (one-shot hashing: no hash object per row). */
const contentHashOf = (memberId: number, d: FeedRecordDraft): string =>
  crypto.hash('sha256', JSON.stringify([memberId, d.eventDate, d.amount, d.amount2, d.code, d.detail]), 'base64url').slice(0, 22);

/**
 * Validates a department file row by row, matches rows to current members in the actor's region by
 * the keyed hash of the ID number (one set-based lookup of the distinct hashes), and applies them in
 * one transaction with the batch's provenance. The same file again returns the earlier report and
 * changes nothing; a row sent before with the same content is left alone, with new content it is
 * updated.
 */
export async function submitFeedBatch(ctx: AppContext, actor: Actor, upload: FeedUpload): Promise<FeedBatchView> {
  assertMaySendFeed(actor, upload.kind);
  const checksum = await checksumOfFile(upload.file);
  const earlier = await findFeedBatchByChecksum(ctx.db, upload.kind, actor.regionCode, checksum);
  if (earlier) return presentFeedBatch(earlier, true);

  const sheet = await readFeedFile(upload.file, upload.fileName);
  const { valid, issues, invalidRows, idHashes } = checkRows(ctx, upload.kind, sheet);
  const members = new Map((await findCurrentMembersByIdHash(ctx.db, actor, idHashes)).map((m) => [m.idHash, m]));
  const at = ctx.now().toISOString();
  const batchId = uuidv7();
  let unmatched = 0;
  const writes: FeedRecordWrite[] = [];
  for (const v of valid) {
    const member = members.get(v.idHash);
    if (!member) {
      unmatched += 1;
      issues.push({ sheet: sheet.name, row: v.sheetRow, column: '公民身份号码', value: maskIdNumber(v.draft.idNumber), message: 'no current member with this ID number in your region', kind: 'unmatched' });
      continue;
    }
    writes.push({
      // Used only if the key is new: a row sent before keeps its id.
      id: newRowId(), rowKey: v.rowKey, memberId: member.memberId, householdId: member.householdId, villageCode: member.villageCode,
      eventDate: v.draft.eventDate, amount: v.draft.amount, amount2: v.draft.amount2, code: v.draft.code, detail: JSON.stringify(v.draft.detail),
      contentHash: contentHashOf(member.memberId, v.draft),
    });
  }
  issues.sort((a, b) => a.row - b.row);
  const writeRecords = feedRecordWriterFor(ctx.database);

  return ctx.db.transaction().execute(async (trx) => {
    const batch = {
      id: batchId, kind: upload.kind, regionCode: actor.regionCode, department: actor.department, fileName: upload.fileName.slice(0, 200),
      checksum, via: actor.via, submittedBy: actor.userId, submittedByName: actor.username, submittedAt: at,
      rowsTotal: sheet.rows.length, rowsInvalid: invalidRows, rowsUnmatched: unmatched, rowsInserted: 0,
      rowsUpdated: 0, rowsUnchanged: 0, issueCount: issues.length, issues: JSON.stringify(issues.slice(0, STORED_ISSUES)),
    };
    // The batch row comes first (the records point to it); its counts follow once the records are written.
    await insertFeedBatch(trx, batch);
    const { inserted, updated, unchanged } = await writeRecords(trx, { kind: upload.kind, batchId, at }, writes);
    const counted = { rowsInserted: inserted, rowsUpdated: updated, rowsUnchanged: unchanged };
    await updateFeedBatch(trx, batchId, counted);
    await recordAudit(trx, actor, {
      action: 'create', entityType: 'feedBatch', entityId: batchId, regionCode: actor.regionCode || null,
      details: { kind: upload.kind, fileName: batch.fileName, checksum, rows: sheet.rows.length, inserted, updated, unchanged, invalid: invalidRows, unmatched },
    }, at);
    return presentFeedBatch({ ...batch, ...counted }, false);
  });
}

export async function listFeedBatches(ctx: AppContext, actor: Actor, kind: FeedKind | undefined, limit: number): Promise<FeedBatchSummaryView[]> {
  requirePermission(actor, 'registry:read');
  return (await findFeedBatches(ctx.db, actor, kind, limit)).map(presentFeedBatchSummary);
}

export async function getFeedBatch(ctx: AppContext, actor: Actor, batchId: string): Promise<FeedBatchView> {
  requirePermission(actor, 'registry:read');
  const row = await findFeedBatch(ctx.db, actor, batchId);
  if (!row) throw new AppError('OUT_OF_SCOPE', 'not found');
  return presentFeedBatch(row, false);
}
