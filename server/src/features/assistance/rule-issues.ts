import type { RuleIssue } from '@fupin/core';
import { AppError, isErrorCode } from '../../errors/app-error.ts';

/** Turns the first broken rule from core into its AppError (the code names the HTTP status). */
export function throwFirstIssue(issues: readonly RuleIssue[]): void {
  const issue = issues[0];
  if (!issue) return;
  throw new AppError(isErrorCode(issue.code) ? issue.code : 'VALIDATION_FAILED', issue.message, { field: issue.field });
}
