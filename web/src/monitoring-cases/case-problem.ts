import type { TFunction } from 'i18next';
import { problemMessage } from '../api/problem-message.ts';
import { ApiProblem } from '../api/problem.ts';
import type { Language } from '../i18n/language.ts';
import type { RiskEliminationDecision } from './monitoring-cases.api.ts';

const CASE_CODES = new Set(['CASE_ALREADY_OPEN', 'ALERT_CLOSED', 'ALERT_ATTACHED', 'STEP_NOT_CURRENT', 'STEP_NOT_OWNED', 'CASE_CLOSED', 'CASE_NOT_INCLUDED', 'RISK_ELIMINATION_REFUSED']);

/** The case screens' own problem codes in the user's language; anything else as the app says it. */
export function caseProblemMessage(error: unknown, t: TFunction, language: Language): string {
  if (error instanceof ApiProblem && CASE_CODES.has(error.code)) return t(`monitoringCases.errors.${error.code}`, { defaultValue: error.problem.detail });
  return problemMessage(error, t, language);
}

/** The id of the household's open case, when opening another was refused because of it. */
export function openCaseIdOf(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'CASE_ALREADY_OPEN') return undefined;
  const id = error.problem.details?.caseId;
  return typeof id === 'string' ? id : undefined;
}

function isDecision(value: unknown): value is RiskEliminationDecision {
  if (typeof value !== 'object' || value === null) return false;
  return 'outcome' in value && typeof value.outcome === 'string' && 'reasons' in value && Array.isArray(value.reasons) && 'text' in value;
}

/** The decision a refused risk elimination carries (422 RISK_ELIMINATION_REFUSED), if any. */
export function refusalDecisionOf(error: unknown): RiskEliminationDecision | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'RISK_ELIMINATION_REFUSED') return undefined;
  const decision = error.problem.details?.decision;
  return isDecision(decision) ? decision : undefined;
}
