import {
  caseFlags, type CodeList, discoveryChannels, monitoringCaseStates, monitoringCaseSteps, monitoringCaseTypes, riskEliminationKinds,
  riskTypes, roles,
} from '@fupin/core';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/use-language.ts';

function labelIn<C extends string>(list: CodeList<C>, code: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!code) return '';
  return list.has(code) ? list.label(code, lang) : code;
}

/** Labels of the case code lists (kept in core with both languages), in the chosen language. */
export function useCaseLabels() {
  const { language } = useLanguage();
  return useMemo(() => {
    const lang = language === 'zh-CN' ? 'zh' : 'en';
    return {
      lang,
      type: (code: string | null | undefined) => labelIn(monitoringCaseTypes, code, lang),
      channel: (code: string | null | undefined) => labelIn(discoveryChannels, code, lang),
      state: (code: string | null | undefined) => labelIn(monitoringCaseStates, code, lang),
      step: (code: string | null | undefined) => labelIn(monitoringCaseSteps, code, lang),
      flag: (code: string | null | undefined) => labelIn(caseFlags, code, lang),
      eliminationKind: (code: string | null | undefined) => labelIn(riskEliminationKinds, code, lang),
      risk: (code: string | null | undefined) => labelIn(riskTypes, code, lang),
      role: (code: string | null | undefined) => labelIn(roles, code, lang),
    };
  }, [language]);
}

export type CaseLabels = ReturnType<typeof useCaseLabels>;
