import { AppError } from '../../errors/app-error.ts';

interface DriverError {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  detail?: unknown;
}

/** The text of a unique-constraint failure from either engine (SQLite or PostgreSQL), else undefined. */
function uniqueViolationText(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as DriverError;
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === '23505') {
    return [e.message, e.constraint, e.detail].filter((v) => typeof v === 'string').join(' ');
  }
  return undefined;
}

/** Whether an error is a unique-constraint failure whose text names `hint` (a table, index or column). */
export function isUniqueViolation(error: unknown, hint: string): boolean {
  return uniqueViolationText(error)?.includes(hint) ?? false;
}

/**
 * Two writers racing past the checks meet the database's unique indexes; their loser gets the
 * same answer the checks would have given, not a 500.
 */
export function translateUniqueViolation(error: unknown, idNumberField = 'members'): unknown {
  const text = uniqueViolationText(error);
  if (text === undefined) return error;
  if (text.includes('household_no')) return new AppError('HOUSEHOLD_NO_TAKEN', 'this household number is already taken', { field: 'householdNo' });
  if (text.includes('id_hash')) {
    return new AppError('ID_NUMBER_DUPLICATE', 'an ID number here already belongs to a current member of another household', { field: idNumberField });
  }
  return error;
}
