import type { ImportJobRow } from '../../db/tables/imports.tables.ts';
import type { ImportJobView } from './import.schemas.ts';
import { IMPORT_KINDS } from '@fupin/core';
import { importStatuses } from './import.schemas.ts';

const kindOf = (kind: string): ImportJobView['kind'] => IMPORT_KINDS.find((k) => k === kind) ?? 'households';
const statusOf = (status: string): ImportJobView['status'] => importStatuses.find((s) => s === status) ?? 'failed';

function parseColumns(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

export function presentImportJob(job: ImportJobRow): ImportJobView {
  return {
    id: job.id,
    fileName: job.fileName,
    format: job.format === 'csv' ? 'csv' : 'xlsx',
    kind: kindOf(job.kind),
    status: statusOf(job.status),
    actorName: job.actorName,
    regionCode: job.regionCode,
    rows: { read: job.rowsRead, valid: job.rowsValid, invalid: job.rowsInvalid, written: job.rowsWritten },
    households: { new: job.householdsNew, changed: job.householdsChanged, unchanged: job.householdsUnchanged, invalid: job.householdsInvalid },
    problemCount: job.problemCount,
    ignoredColumns: parseColumns(job.ignoredColumns),
    error: job.error,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
