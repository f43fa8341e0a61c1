import type { paths } from '../api/schema.gen.ts';
import { type HouseholdListQuery, toApiQuery } from '../households/household-query.ts';
import { labelKey, type Language } from '../i18n/language.ts';

export type ExportFormat = 'xlsx' | 'csv';
/** What a file holds: the household roll, or the members, incomes by year or assistance measures of those households. */
export type ExportKind = 'households' | 'members' | 'incomes' | 'measures';
type ExportQuery = NonNullable<paths['/api/v1/households/export']['get']['parameters']['query']>;

export const EXPORT_PATH = '/api/v1/households/export';
const PATHS: Record<ExportKind, keyof paths> = {
  households: '/api/v1/households/export',
  members: '/api/v1/households/export/members',
  incomes: '/api/v1/households/export/incomes',
  measures: '/api/v1/households/export/measures',
};
/** The list's paging and order; the export holds every match, in household-number order. */
const LIST_ONLY_KEYS = ['sort', 'order', 'page', 'pageSize'] as const;

export interface ExportChoice {
  kind: ExportKind;
  format: ExportFormat;
  /** Full ID and phone numbers (only offered to roles that may; the server checks again). */
  isUnmasked?: boolean;
}

/**
 * The download address of a file of the list as it is filtered now: the same filters and region as
 * the list (whatever filters the list gains later), headers and labels in the UI's language.
 */
export function exportHref(query: HouseholdListQuery, regionCode: string, choice: ExportChoice, language: Language): string {
  const listOnly = new Set<string>(LIST_ONLY_KEYS);
  const options: Pick<ExportQuery, 'format' | 'lang' | 'idNumbers'> = { format: choice.format, lang: labelKey(language), ...(choice.isUnmasked ? { idNumbers: 'unmasked' } : {}) };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...toApiQuery(query, regionCode), ...options })) {
    if (!listOnly.has(key) && value !== undefined && value !== '') params.set(key, String(value));
  }
  return `${PATHS[choice.kind]}?${params.toString()}`;
}

/** The household roll as a file. */
export function householdExportHref(query: HouseholdListQuery, regionCode: string, format: ExportFormat, language: Language): string {
  return exportHref(query, regionCode, { kind: 'households', format }, language);
}
