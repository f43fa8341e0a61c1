import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS, zhCN } from './messages.ts';
import { DEFAULT_LANGUAGE, type Language, readStoredLanguage } from './language.ts';

export const resources = {
  'zh-CN': { translation: zhCN },
  'en-US': { translation: enUS },
} as const;

/** The page's lang attribute and the date library follow the UI language (screen readers, date pickers). */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

/** Starts i18next in the stored language; resources are bundled, so it is ready synchronously. */
export function initI18n(language: Language = readStoredLanguage()) {
  i18next.on('languageChanged', applyLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  applyLanguage(language);
  return i18next;
}
