import enBase from './locales/en-US.json';
import zhBase from './locales/zh-CN.json';

/*
 * All UI texts, one tree per language. Shared texts live in ./locales; each newer feature keeps its
 * own texts beside its code (`<feature>/<feature>.zh-CN.json` and `.en-US.json`) under one
 * top-level key, added here with one line per language.
 */
export const zhCN = {
  ...zhBase,
};

export const enUS: typeof zhCN = {
  ...enBase,
};

export type Messages = typeof zhCN;
