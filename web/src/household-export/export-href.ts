import type { paths } from '../api/schema.gen.ts';
import { type HouseholdListQuery, toApiQuery } from '../households/household-query.ts';
import { labelKey, type Language } from '../i18n/language.ts';

export type ExportFormat = 'xlsx' | 'csv';
type ExportQuery = NonNullable<paths['/api/v1/households/export']['get']['parameters']['query']>;

export const EXPORT_PATH = '/api/v1/households/export';
/** The list's paging and order; the export holds every match, in household-number order. */
const LIST_ONLY_KEYS = ['sort', 'order', 'page', 'pageSize'] as const;

/**
 * The download address of the list as it is filtered now: the same filters and region as the
 * list (whatever filters the list gains later), headers and labels in the UI's language.
 */
export function householdExportHref(query: HouseholdListQuery, regionCode: string, format: ExportFormat, language: Language): string {
  const listOnly = new Set<string>(LIST_ONLY_KEYS);
  const options: Pick<ExportQuery, 'format' | 'lang'> = { format, lang: labelKey(language) };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...toApiQuery(query, regionCode), ...options })) {
    if (!listOnly.has(key) && value !== undefined && value !== '') params.set(key, String(value));
  }
  return `${EXPORT_PATH}?${params.toString()}`;
}
