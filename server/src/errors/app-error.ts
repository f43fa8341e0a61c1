/** The closed list of error codes the API answers with; each has exactly one HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  OUT_OF_SCOPE: 404,
  HOUSEHOLD_NO_TAKEN: 409,
  ID_NUMBER_DUPLICATE: 409,
  USERNAME_TAKEN: 409,
  VERSION_CONFLICT: 409,
  MEMBER_MOVED_OUT: 409,
  ID_NUMBER_INVALID: 422,
  ID_NUMBER_MISMATCH: 422,
  REGION_UNKNOWN: 422,
  REGION_NOT_VILLAGE: 422,
  INCOME_MISMATCH: 422,
  HOUSEHOLD_HEAD_COUNT: 422,
  HOUSEHOLD_SPOUSE_COUNT: 422,
  PASSWORD_WEAK: 422,
  STEP_NOT_OWNED: 403,
  PROCEDURE_CLOSED: 409,
  PROCEDURE_ALREADY_OPEN: 409,
  STEP_NOT_CURRENT: 409,
  NOTICE_PERIOD_RUNNING: 409,
  OBJECTION_UNRESOLVED: 409,
  NOT_IN_NOTICE: 409,
  OBJECTION_RESOLVED: 409,
  QUOTA_EXCEEDED: 409,
  OBJECTION_OUTSIDE_NOTICE: 422,
  PROCEDURE_NOT_APPLICABLE: 422,
  MEASURE_DUPLICATE: 409,
  MEASURE_AMOUNT_RULE: 422,
  MEASURE_MEMBER_REQUIRED: 422,
  PAIRING_LOAD_EXCEEDED: 422,
  PAIRING_OVERLAP: 409,
  NOT_PAIRED: 403,
  CADRE_USER_TAKEN: 409,
  VISIT_BACKDATED: 422,
  VISIT_DATE_FUTURE: 422,
  PHOTO_REJECTED: 422,
  MICROLOAN_ABOVE_CAP: 422,
  MICROLOAN_TERM_TOO_LONG: 422,
  MICROLOAN_NOT_ELIGIBLE: 422,
  MICROLOAN_STATE: 409,
  ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED: 422,
  PROGRAMME_POLICY_MISSING: 422,
  FEED_COLUMNS_MISSING: 422,
  SCAN_RUNNING: 409,
  ALERT_CLOSED: 409,
  ALERT_ATTACHED: 409,
  CASE_ALREADY_OPEN: 409,
  CASE_CLOSED: 409,
  CASE_NOT_INCLUDED: 409,
  RISK_ELIMINATION_REFUSED: 422,
  POLICY_PARAMETER_UNKNOWN: 422,
  POLICY_VALUE_INVALID: 422,
  POLICY_PERIOD_OVERLAP: 409,
  ACCOUNT_LOCKED: 423,
  LOGIN_THROTTLED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly errors: readonly FieldError[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { field?: string; errors?: FieldError[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.errors = options.errors ?? (options.field ? [{ field: options.field, code, message }] : []);
    this.details = options.details ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}
