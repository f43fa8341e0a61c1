import type { components } from '../api/schema.gen.ts';
import { labelKey, type Language } from '../i18n/language.ts';

export type CodeList = components['schemas']['CodeList'];
type CodeItem = CodeList['items'][number];

/** The code lists by name, each by code, for label look-ups in render loops. */
export type CodeIndex = ReadonlyMap<string, ReadonlyMap<string, CodeItem>>;

export function indexCodeLists(lists: readonly CodeList[]): CodeIndex {
  return new Map(lists.map((list) => [list.name, new Map(list.items.map((item) => [item.code, item]))]));
}

/** A code's label in the language; an unknown code is shown as itself rather than hidden. */
export function codeLabel(index: CodeIndex, list: string, code: string | null | undefined, language: Language): string {
  if (code === null || code === undefined || code === '') return '';
  return index.get(list)?.get(code)?.[labelKey(language)] ?? code;
}

export interface CodeOption {
  value: string;
  label: string;
}

/** A list's items as select options, in the list's own order (which is meaningful, not alphabetical). */
export function codeOptions(index: CodeIndex, list: string, language: Language): CodeOption[] {
  const key = labelKey(language);
  return [...(index.get(list)?.values() ?? [])].map((item) => ({ value: item.code, label: item[key] }));
}
