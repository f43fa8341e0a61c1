import type { RecordImportKind } from '@fupin/core';
import { basicNeedsCheckImport } from './import-basic-needs.ts';
import { incomeImport } from './import-incomes.ts';
import { measureImport } from './import-measures.ts';
import { pairingImport } from './import-pairings.ts';
import type { RecordImportHandler } from './record-import-kind.ts';

const HANDLERS: Record<RecordImportKind, RecordImportHandler> = {
  incomes: incomeImport,
  basicNeedsChecks: basicNeedsCheckImport,
  pairings: pairingImport,
  measures: measureImport,
};

export function recordImportHandler(kind: RecordImportKind): RecordImportHandler {
  return HANDLERS[kind];
}
