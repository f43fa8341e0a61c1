import { PassThrough } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { isWithinRegion } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import { isoDate, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { toWebStream } from '../../http/web-stream.ts';
import { createCsvWriter } from '../../spreadsheet/csv-writer.ts';
import type { TableColumn, TableWriter } from '../../spreadsheet/table-writer.ts';
import { createXlsxWriter } from '../../spreadsheet/xlsx-writer.ts';
import { findRegionNames } from './household-export.repository.ts';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, type ExportOptionsQuery } from './household-export.schemas.ts';

export interface ExportFile {
  fileName: string;
  /** The English name, for clients that do not read RFC 5987 names. */
  asciiFileName: string;
  contentType: string;
  rowCount: number;
  body: ReadableStream<Uint8Array>;
}

/** One table to export: what it is (for the audit and the file name), its columns and how to produce its rows. */
export interface TableExport {
  /** The audit entry's entity type. */
  entityType: string;
  /** Names the file and the sheet: Chinese and English. */
  title: { zh: string; en: string };
  /** ASCII stem of the English file name. */
  fileStem: string;
  options: ExportOptionsQuery;
  regionCode: string;
  /** The filters as the audit keeps them (a full ID number only masked). */
  filters: Record<string, unknown>;
  rowCount: number;
  columns: readonly TableColumn[];
  /** Writes every row, batch by batch, waiting for the writer; false when the reader went away. */
  writeRows(writer: TableWriter): Promise<boolean>;
}

function fileNames(spec: TableExport, regionName: string | undefined, at: Date) {
  const date = isoDate(at).replaceAll('-', '');
  const { format, lang } = spec.options;
  const asciiFileName = `${spec.fileStem}_${spec.regionCode || 'all'}_${date}.${format}`;
  return { fileName: lang === 'zh' ? `${spec.title.zh}_${regionName ?? spec.regionCode}_${date}.${format}` : asciiFileName, asciiFileName };
}

/**
 * Starts an export: audits it first (who, what, filters, row count, masked or not), so that a
 * download that fails is still on record, then streams the rows in the background as the client reads.
 */
export async function startTableExport(ctx: AppContext, actor: Actor, spec: TableExport): Promise<ExportFile> {
  const at = ctx.now();
  const { format, lang, idNumbers } = spec.options;
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'export', entityType: spec.entityType, regionCode: spec.regionCode || null,
    details: { format, lang, filters: spec.filters, rowCount: spec.rowCount, idNumbers },
  }, at.toISOString()));

  const regionName = isWithinRegion(actor.regionCode, spec.regionCode) ? (await findRegionNames(ctx.db, [spec.regionCode])).get(spec.regionCode) : undefined;
  const out = new PassThrough();
  const writer = format === 'xlsx'
    ? createXlsxWriter(out, { sheetTitle: spec.title[lang], columns: spec.columns, modifiedAt: at })
    : createCsvWriter(out, spec.columns);
  const run = async () => {
    if (await spec.writeRows(writer)) await writer.finish();
  };
  run().catch((error: unknown) => {
    ctx.logger.error({ err: error, actorId: actor.userId, entityType: spec.entityType }, 'export failed');
    out.destroy(error instanceof Error ? error : new Error('export failed'));
  });
  return { ...fileNames(spec, regionName, at), contentType: format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE, rowCount: spec.rowCount, body: toWebStream(out) };
}
