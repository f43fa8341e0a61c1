import { procedureKinds, procedureStatuses, procedureSteps, regionLevelOf, roles, stepDecisions, type CodeList } from '@fupin/core';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/use-language.ts';

function labelIn<C extends string>(list: CodeList<C>, code: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!code) return '';
  return list.has(code) ? list.label(code, lang) : code;
}

/** Labels of the procedure code lists (kept in core with both languages), in the chosen language. */
export function useProcedureLabels() {
  const { language } = useLanguage();
  return useMemo(() => {
    const lang = language === 'zh-CN' ? 'zh' : 'en';
    return {
      kind: (code: string) => labelIn(procedureKinds, code, lang),
      step: (code: string | null | undefined) => labelIn(procedureSteps, code, lang),
      status: (code: string) => labelIn(procedureStatuses, code, lang),
      decision: (code: string | null | undefined) => labelIn(stepDecisions, code, lang),
      role: (code: string | null | undefined) => labelIn(roles, code, lang),
    };
  }, [language]);
}

export const STATUS_COLORS: Readonly<Record<string, string>> = { inProgress: 'processing', completed: 'success', rejected: 'error' };
export const DECISION_COLORS: Readonly<Record<string, string>> = { approved: 'green', rejected: 'red', sentBack: 'orange' };

/** Whether a user works at county level (or is an administrator): who may set village quotas. */
export function isCountyUser(user: { role: string; regionCode: string }): boolean {
  return user.role === 'admin' || (user.role === 'countyOfficer' && regionLevelOf(user.regionCode) === 'county');
}
