import { resolveCode } from '../codes/code-list.ts';
import { maskIdNumber, normalizeIdNumber, parseIdNumber } from '../identity/id-number.ts';
import { FEED_YES_NO, type FeedColumn, type FeedDefinition } from './feed-definitions.ts';
import { parseFeedDate, parseFeedMonth, parseFeedYuan } from './feed-values.ts';

/** A valid row of a department file, ready to be matched to a member. */
export interface FeedRecordDraft {
  idNumber: string;
  name: string;
  eventDate: string;
  amount: number | null;
  amount2: number | null;
  code: string | null;
  detail: Record<string, string>;
}

export interface FeedCellIssue {
  /** The column's Chinese header (as in the template). */
  column: string;
  value: string;
  message: string;
}

export type FeedRowResult = { ok: true; record: FeedRecordDraft } | { ok: false; issues: FeedCellIssue[] };

/**
 * Finds each template column among a file's headers (Chinese or English, spaces and case ignored).
 * Returns the header index per column key, and the required columns that are missing.
 */
export function mapFeedHeaders(definition: FeedDefinition, headers: readonly string[]): { indexes: Record<string, number>; missing: FeedColumn[] } {
  const norm = (h: string): string => h.replace(/[\s（）()]/g, '').toLowerCase();
  const normalized = headers.map(norm);
  const indexes: Record<string, number> = {};
  const missing: FeedColumn[] = [];
  for (const column of definition.columns) {
    const at = normalized.findIndex((h) => h === norm(column.zh) || h === norm(column.en) || h === norm(column.key));
    if (at >= 0) indexes[column.key] = at;
    else if (column.required) missing.push(column);
  }
  return { indexes, missing };
}

type CellValue = { ok: true; value: string | number | null } | { ok: false; message: string };

function parseCell(column: FeedColumn, raw: string, today: string): CellValue {
  switch (column.type) {
    case 'idNumber': {
      const parsed = parseIdNumber(raw, today);
      return parsed.ok ? { ok: true, value: parsed.facts.idNumber } : { ok: false, message: parsed.message };
    }
    case 'date': return parseFeedDate(raw, today);
    case 'month': return parseFeedMonth(raw, today);
    case 'yuan': return parseFeedYuan(raw);
    case 'yesNo': {
      const v = FEED_YES_NO[raw.trim().toLowerCase()];
      return v ? { ok: true, value: v } : { ok: false, message: `"${raw.trim()}" is not 是 or 否` };
    }
    case 'code': {
      if (!column.codeList) return { ok: true, value: raw.trim() };
      const code = resolveCode(column.codeList, raw);
      return code ? { ok: true, value: code } : { ok: false, message: `"${raw.trim()}" is not one of: ${column.codeList.items.map((i) => i.zh).join('、')}` };
    }
    case 'text': return { ok: true, value: raw.trim().slice(0, 200) };
  }
}

/** Validates one row (cells as text, by template column key) and builds its record; names every bad cell. */
export function validateFeedRow(definition: FeedDefinition, cells: Readonly<Record<string, string>>, today: string): FeedRowResult {
  const issues: FeedCellIssue[] = [];
  const record: FeedRecordDraft = { idNumber: '', name: '', eventDate: '', amount: null, amount2: null, code: null, detail: {} };
  for (const column of definition.columns) {
    const raw = cells[column.key] ?? '';
    if (raw.trim() === '') {
      if (column.required) issues.push({ column: column.zh, value: '', message: 'required' });
      continue;
    }
    const parsed = parseCell(column, raw, today);
    if (!parsed.ok) {
      issues.push({ column: column.zh, value: column.type === 'idNumber' ? maskIdNumber(normalizeIdNumber(raw)) : raw.trim(), message: parsed.message });
      continue;
    }
    const value = parsed.value;
    if (value === null) continue;
    switch (column.target) {
      case 'idNumber': record.idNumber = String(value); break;
      case 'name': record.name = String(value); break;
      case 'eventDate': record.eventDate = String(value); break;
      case 'amount': record.amount = Number(value); break;
      case 'amount2': record.amount2 = Number(value); break;
      case 'code': record.code = String(value); break;
      case 'detail': record.detail[column.key] = String(value); break;
    }
  }
  if (record.amount !== null && record.amount2 !== null && record.amount > record.amount2) {
    const column = definition.columns.find((c) => c.target === 'amount');
    issues.push({ column: column?.zh ?? 'amount', value: String(record.amount / 100), message: 'is larger than the total' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, record };
}

/** What identifies a row across re-sends of a feed: the event, its code and the key details (the person is added by the server's keyed hash). */
export function feedRowKey(definition: FeedDefinition, record: FeedRecordDraft): string {
  return [record.eventDate, record.code ?? '', ...definition.keyDetails.map((k) => record.detail[k] ?? '')].join('|');
}
