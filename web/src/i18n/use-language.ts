import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language, storeLanguage } from './language.ts';

/** The chosen language and a way to change it (remembered on this browser). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    void i18n.changeLanguage(next);
  }, [i18n]);
  return { language, setLanguage };
}
