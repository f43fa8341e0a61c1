import { PassThrough, type Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ReadableStream } from 'node:stream/web';
import { isWithinRegion, maskIdNumber, parseIdNumber } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { isoDate, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import type { HouseholdFilter } from '../households/household-search.repository.ts';
import { columnHeaders, toExportCells, type ExportLanguage } from './household-export-columns.ts';
import { createCsvWriter, createXlsxWriter, type TableWriter } from './household-export-writers.ts';
import { countMatchingHouseholds, findHouseholdBatch, findLatestIncomes, findMaskedIdNumbers, findVillagesWithHouseholds, findRegionNames } from './household-export.repository.ts';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, type HouseholdExportQuery } from './household-export.schemas.ts';

export interface HouseholdExportFile {
  fileName: string;
  /** The English name, for clients that do not read RFC 5987 names. */
  asciiFileName: string;
  contentType: string;
  rowCount: number;
  body: ReadableStream<Uint8Array>;
}

export interface ExportOptions {
  /** Households read per query; each batch is written before the next is read. */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 500;
/** How much uncompressed data may wait for the zip compressor before reading stops. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;

function toFilter(ctx: AppContext, query: HouseholdExportQuery): HouseholdFilter {
  let idHash: string | undefined;
  if (query.idNumber !== undefined) {
    const parsed = parseIdNumber(query.idNumber, isoDate(ctx.now()));
    if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', parsed.message, { field: 'idNumber' });
    idHash = ctx.cipher.hash(parsed.facts.idNumber);
  }
  return {
    regionCode: query.regionCode, text: query.q, idHash, idTail: query.idTail?.toUpperCase(),
    povertyStatus: query.povertyStatus, householdType: query.householdType, mainCause: query.mainCause,
    yearIdentified: query.yearIdentified, yearExited: query.yearExited,
  };
}

/** The filters as the audit trail keeps them: a full ID number only masked. */
function describeFilters(query: HouseholdExportQuery): Record<string, unknown> {
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(query)
    .filter(([key, v]) => v !== undefined && !['format', 'lang', 'idNumber'].includes(key)));
  if (query.idNumber !== undefined) filters.idNumber = maskIdNumber(query.idNumber);
  return filters;
}

/** Waits until the consumer has taken what was written; false when it went away. */
function waitForDrain(out: Writable): Promise<boolean> {
  if (out.destroyed) return Promise.resolve(false);
  if (!out.writableNeedDrain) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (hasRoom: boolean) => () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      resolve(hasRoom);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/**
 * Gives the event loop to the compressor and the socket until the writer's backlog and the output
 * buffer are small again, so memory stays flat whatever the list's length. False when the client
 * went away.
 */
async function waitForRoom(writer: TableWriter, out: Writable): Promise<boolean> {
  do {
    await nextTurn();
    if (!(await waitForDrain(out))) return false;
  } while (writer.backlog() > MAX_BACKLOG_BYTES);
  return true;
}

async function writeHouseholds(ctx: AppContext, actor: Actor, filter: HouseholdFilter, lang: ExportLanguage, writer: TableWriter, out: Writable, batchSize: number) {
  const villages = await findVillagesWithHouseholds(ctx.db, actor, filter.regionCode);
  const villageNames = await findRegionNames(ctx.db, villages);
  for (const villageCode of villages) {
    let after: string | null = null;
    for (;;) {
      const rows = await findHouseholdBatch(ctx.db, actor, filter, villageCode, after, batchSize);
      const [maskedIdNumbers, latestIncomes] = await Promise.all([
        findMaskedIdNumbers(ctx.db, actor, rows.flatMap((r) => (r.headMemberId ? [r.headMemberId] : []))),
        findLatestIncomes(ctx.db, actor, rows.map((r) => r.id)),
      ]);
      writer.writeRows(rows.map((r) => toExportCells(r, { villageNames, maskedIdNumbers, latestIncomes, lang })));
      if (!(await waitForRoom(writer, out))) return;
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) break;
      after = last.householdNo;
    }
  }
  await writer.finish();
}

/**
 * The file as a web stream the HTTP layer can send. It pulls from the Node stream only as the client
 * reads (so the writer above waits for a slow client), and a client that goes away stops the export.
 */
function toWebStream(out: PassThrough): ReadableStream<Uint8Array> {
  // The failure is logged where it happens; the stream only has to end.
  out.on('error', () => undefined);
  const chunks = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Buffer);
    },
    async cancel() {
      await chunks.return?.();
      out.destroy();
    },
  });
}

function exportFileNames(regionName: string | undefined, regionCode: string, at: Date, lang: ExportLanguage, format: 'xlsx' | 'csv') {
  const date = isoDate(at).replaceAll('-', '');
  const asciiFileName = `households_${regionCode || 'all'}_${date}.${format}`;
  return { fileName: lang === 'zh' ? `农户名单_${regionName ?? regionCode}_${date}.${format}` : asciiFileName, asciiFileName };
}

/**
 * Starts an export of the household list as filtered (in the actor's region): audits it first, so
 * that a download that fails is still on record, then streams the rows by village and household number.
 */
export async function startHouseholdExport(ctx: AppContext, actor: Actor, query: HouseholdExportQuery, options: ExportOptions = {}): Promise<HouseholdExportFile> {
  requirePermission(actor, 'registry:read');
  const filter = toFilter(ctx, query);
  const regionCode = query.regionCode ?? actor.regionCode;
  const rowCount = await countMatchingHouseholds(ctx.db, actor, filter);
  const at = ctx.now();
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'export', entityType: 'household', regionCode: regionCode || null,
    details: { format: query.format, lang: query.lang, filters: describeFilters(query), rowCount, idNumbers: 'masked' },
  }, at.toISOString()));

  const regionName = isWithinRegion(actor.regionCode, regionCode) ? (await findRegionNames(ctx.db, [regionCode])).get(regionCode) : undefined;
  const names = exportFileNames(regionName, regionCode, at, query.lang, query.format);
  const out = new PassThrough();
  const headers = columnHeaders(query.lang);
  const writer = query.format === 'xlsx' ? createXlsxWriter(out, query.lang === 'zh' ? '农户名单' : 'Households', headers) : createCsvWriter(out, headers);
  writeHouseholds(ctx, actor, filter, query.lang, writer, out, options.batchSize ?? DEFAULT_BATCH_SIZE).catch((error: unknown) => {
    ctx.logger.error({ err: error, actorId: actor.userId }, 'household export failed');
    out.destroy(error instanceof Error ? error : new Error('household export failed'));
  });
  return {
    ...names,
    contentType: query.format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
    rowCount,
    body: toWebStream(out),
  };
}
