import { samplingStrata } from '@fupin/core';
import { useCallback } from 'react';
import { useLanguage } from '../i18n/use-language.ts';

/** A stratum's label from core's code list (it carries both languages). */
export function useStratumLabel(): (code: string) => string {
  const { language } = useLanguage();
  return useCallback((code: string) => (samplingStrata.has(code) ? samplingStrata.label(code, language === 'zh-CN' ? 'zh' : 'en') : code), [language]);
}
