import {
  cellText, checkHouseholdDraft, createHouseholdGrouper, HOUSEHOLD_COLUMNS, labelOf, matchHeaders, parseImportRow, readCell,
  type HeaderMatch, type HouseholdDraft, type ImportCell,
} from '@fupin/core';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import type { SheetRow } from './import-readers.ts';

/**
 * Consecutive rows of one sheet that hold whole households (a chunk starts where a household
 * starts), with what is needed to read them anywhere: plain data, so a worker thread can take it.
 */
export interface HouseholdChunk {
  sheet: string;
  /** The rows the header was read from (up to three: a header merged over rows), in order. */
  headerRows: ImportCell[][];
  rows: SheetRow[];
  today: string;
  /** Household numbers of the chunk already in the registry: their members are not encrypted ahead (most are matched, not added). */
  existingNumbers: string[];
}

/** A household read and checked without the database: its draft, and its members' keyed hashes and (new households) encrypted ID numbers. */
export interface PreparedHousehold {
  draft: HouseholdDraft;
  /** How many of the draft's problems were found while reading its rows (before the identity checks). */
  readProblems: number;
}

export interface PreparedChunk {
  households: PreparedHousehold[];
  /** Keyed hash by normalised ID number. */
  hashes: [string, string][];
  /** Encrypted ID number by normalised ID number (members of households not in the registry). */
  encrypted: [string, string][];
}

export const householdLabel = (header: HeaderMatch) => (key: string) => labelOf(header, key, HOUSEHOLD_COLUMNS.find((c) => c.key === key));

/** The household number a row gives, as the grouper reads it: the checked value, else the cell's text ('' continues the household above). */
export function householdKeyOf(cells: readonly ImportCell[], header: HeaderMatch): string {
  for (const [index, column] of header.columns) {
    if (column.key !== 'householdNo') continue;
    const cell = cells[index] ?? null;
    const text = cellText(cell);
    if (text === '') return '';
    const read = readCell(cell, column.spec);
    return read.ok && typeof read.value === 'string' ? read.value : text;
  }
  return '';
}

/**
 * Reads a chunk's rows into household drafts, runs the checks that need neither the database nor
 * the rest of the file (ID numbers, gender and birth date beside them, causes and years), and
 * computes the keyed hash of every valid ID number and the encryption of those of new households:
 * the costly, independent part of the check, which worker threads share.
 */
export function prepareHouseholdChunk(chunk: HouseholdChunk, cipher: PersonalDataCipher): PreparedChunk {
  const header = matchHeaders(chunk.headerRows, HOUSEHOLD_COLUMNS);
  const label = householdLabel(header);
  const grouper = createHouseholdGrouper(chunk.sheet, label);
  const drafts: HouseholdDraft[] = [];
  for (const row of chunk.rows) {
    const done = grouper.push(parseImportRow(chunk.sheet, row.number, row.cells, header));
    if (done) drafts.push(done);
  }
  const last = grouper.finish();
  if (last) drafts.push(last);
  const existing = new Set(chunk.existingNumbers);
  const hashes = new Map<string, string>();
  const encrypted = new Map<string, string>();
  const households = drafts.map((draft) => {
    const readProblems = draft.problems.length;
    checkHouseholdDraft(draft, chunk.today, label);
    const isNew = !existing.has(draft.householdNo);
    for (const member of draft.members) {
      const id = member.idNumber;
      if (id === undefined) continue;
      if (!hashes.has(id)) hashes.set(id, cipher.hash(id));
      if (isNew && draft.problems.length === 0 && !encrypted.has(id)) encrypted.set(id, cipher.encrypt(id));
    }
    return { draft, readProblems };
  });
  return { households, hashes: [...hashes], encrypted: [...encrypted] };
}
