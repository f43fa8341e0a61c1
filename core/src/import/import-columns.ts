import type { CodeList } from '../codes/code-list.ts';

/** How a column's cells are read. */
export type ColumnSpec =
  | { type: 'text'; max: number; pattern?: RegExp; patternMessage?: string }
  | { type: 'code'; list: CodeList }
  | { type: 'codes'; list: CodeList; max: number }
  | { type: 'idNumber' }
  | { type: 'date' }
  | { type: 'year' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'decimal'; min: number; max: number }
  | { type: 'yuan' }
  | { type: 'flag' }
  /** Recognised (e.g. a derived figure in an export) and left alone. */
  | { type: 'ignored' };

export interface ImportColumn {
  key: string;
  /** The header on the standard collection form. */
  zh: string;
  en: string;
  /** Other headers seen in county files for the same thing. */
  aliases?: readonly string[];
  /** Household columns describe the household (filled on its first row); member columns one person. */
  level: 'household' | 'member';
  spec: ColumnSpec;
  /** A row for a new record must give it. */
  isRequired?: boolean;
  /** What the instructions sheet says about the column. */
  note?: string;
}

export type ImportValue = string | number | boolean | readonly string[] | null;
