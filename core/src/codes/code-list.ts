/** A code list: stable codes (stored, sent over the API) with Chinese and English labels. */
export interface CodeItem<C extends string = string> {
  readonly code: C;
  readonly zh: string;
  readonly en: string;
  /** The code used by the national system, where one exists. */
  readonly national?: string;
}

export interface CodeList<C extends string = string> {
  readonly name: string;
  readonly items: readonly CodeItem<C>[];
  readonly codes: readonly C[];
  has(code: string): code is C;
  label(code: C, lang: 'zh' | 'en'): string;
}

export function defineCodeList<const C extends string>(name: string, items: readonly CodeItem<C>[]): CodeList<C> {
  const codes = items.map((i) => i.code);
  const byCode = new Map<string, CodeItem<C>>(items.map((i) => [i.code, i]));
  return Object.freeze({
    name,
    items,
    codes,
    has: (code: string): code is C => byCode.has(code),
    label: (code: C, lang: 'zh' | 'en') => byCode.get(code)?.[lang] ?? code,
  });
}

/** The code a list item goes by, given its code or its Chinese or English label. */
export function resolveCode<C extends string>(list: CodeList<C>, value: string): C | undefined {
  const v = value.trim();
  const found = list.items.find((i) => i.code === v || i.zh === v || i.en.toLowerCase() === v.toLowerCase() || i.national === v);
  return found?.code;
}
