/** A broken rule, named by a stable code and the field it concerns. */
export interface RuleIssue {
  code: string;
  field: string;
  message: string;
}
