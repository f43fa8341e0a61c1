import 'i18next';
import type { Messages } from './messages.ts';

// Typed keys: t('no.such.key') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
