import { describe, expect, it } from 'vitest';
import { enUS, zhCN } from './messages.ts';
import { readStoredLanguage, storeLanguage } from './language.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const zh = flatten(zhCN);
const en = flatten(enUS);
/** Language names are written in their own language; product names and examples may quote the other. */
const MAY_LACK_CHINESE = new Set(['language.en-US']);
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** A format of placeholders and signs only (e.g. "{{kind}} {{date}}", "%") has no words to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(PLACEHOLDER, ''));

describe('the two languages', () => {
  it('have the same keys, so nothing falls back to the other language', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('say everything in Chinese when Chinese is chosen', () => {
    const notChinese = [...zh].filter(([key, text]) => !MAY_LACK_CHINESE.has(key) && hasWords(text) && !/\p{Script=Han}/u.test(text));
    expect(notChinese).toEqual([]);
  });

  it('leave no text empty and keep the same placeholders', () => {
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(en.get(key)?.trim(), key).not.toBe('');
      const names = (s: string | undefined) => [...(s ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
      expect(names(en.get(key)), key).toEqual(names(text));
    }
  });
});

describe('the chosen language', () => {
  it('is Chinese until the user chooses, then remembered', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readStoredLanguage(storage)).toBe('zh-CN');
    storeLanguage('en-US', storage);
    expect(readStoredLanguage(storage)).toBe('en-US');
    store.set('fupin.language', 'fr-FR');
    expect(readStoredLanguage(storage)).toBe('zh-CN');
  });

  it('falls back to Chinese when storage is blocked', () => {
    const blocked = { getItem: (): string | null => { throw new Error('SecurityError'); } };
    expect(readStoredLanguage(blocked)).toBe('zh-CN');
  });
});
