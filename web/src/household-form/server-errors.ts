import type { TFunction } from 'i18next';
import { problemMessage } from '../api/problem-message.ts';
import { ApiProblem } from '../api/problem.ts';
import type { Language } from '../i18n/language.ts';
import { zhCN } from '../i18n/messages.ts';

const ERROR_CODES = new Set(Object.keys(zhCN.errors));

/** A form field's name as Ant Design's Form takes it: `members.1.idNumber` → ['members', 1, 'idNumber']. */
export type FieldPath = (string | number)[];

export function toFieldPath(field: string): FieldPath {
  return field.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The household that already holds an ID number, as the server names it (only when the user may see it). */
export interface DuplicateHolder {
  householdId: number;
  householdNo: string;
  villageName: string;
}

export interface PlacedProblem {
  /** Messages that belong on a field of the form. */
  fields: { name: FieldPath; errors: string[] }[];
  /** What is said above the form: the problem as a whole when no field of the form is named. */
  general: string | undefined;
  duplicate: DuplicateHolder | undefined;
}

/** Zod's issue codes from a VALIDATION_FAILED answer, said in the user's words. */
const ZOD_CODES: Record<string, 'tooLong' | 'tooSmall' | 'badFormat' | 'badChoice'> = {
  too_big: 'tooLong', too_small: 'tooSmall', invalid_format: 'badFormat', invalid_string: 'badFormat',
  invalid_value: 'badChoice', invalid_enum_value: 'badChoice', invalid_type: 'badFormat',
};

function readDuplicate(problem: ApiProblem): DuplicateHolder | undefined {
  const d = problem.problem.details;
  if (problem.code !== 'ID_NUMBER_DUPLICATE' || !d) return undefined;
  const { householdId, householdNo, villageName } = d;
  if (typeof householdId !== 'number' || typeof householdNo !== 'string') return undefined;
  return { householdId, householdNo, villageName: typeof villageName === 'string' ? villageName : '' };
}

function fieldMessage(code: string, problem: ApiProblem, duplicate: DuplicateHolder | undefined, t: TFunction, language: Language): string {
  if (duplicate) return t('householdForm.server.duplicateIn', { householdNo: duplicate.householdNo, village: duplicate.villageName });
  const zod = ZOD_CODES[code];
  if (zod) return t(`householdForm.server.${zod}`);
  // A rule's own code (HOUSEHOLD_NO_TAKEN, ID_NUMBER_INVALID) has a translation; anything else is said plainly.
  if (code === 'VALIDATION_FAILED' || !ERROR_CODES.has(code)) return t('householdForm.server.invalid');
  return problemMessage(new ApiProblem({ ...problem.problem, code }), t, language);
}

/**
 * Where a failed save's problem goes: each error naming a field of this form is shown on that
 * field; what names no field here (a version conflict, a lost connection) is said above the form.
 */
export function placeProblem(error: unknown, isFormField: (name: FieldPath) => boolean, t: TFunction, language: Language): PlacedProblem {
  if (!(error instanceof ApiProblem)) return { fields: [], general: problemMessage(error, t, language), duplicate: undefined };
  const duplicate = readDuplicate(error);
  const listed = error.problem.errors.length ? error.problem.errors : error.problem.field ? [{ field: error.problem.field, code: error.code, message: error.problem.detail }] : [];
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  let isUnplaced = listed.length === 0;
  for (const entry of listed) {
    const name = toFieldPath(entry.field);
    if (!isFormField(name)) {
      isUnplaced = true;
      continue;
    }
    const key = name.join('.');
    const placed = byField.get(key) ?? { name, errors: [] };
    const message = fieldMessage(entry.code, error, duplicate, t, language);
    if (!placed.errors.includes(message)) placed.errors.push(message);
    byField.set(key, placed);
  }
  const fields = [...byField.values()];
  // When every error sits on a field, the banner only points at them.
  const general = isUnplaced ? problemMessage(error, t, language) : t('householdForm.server.seeFields');
  return { fields, general, duplicate };
}

/** Whether the form holds a field at this path (so a server error can be shown on it). */
export function hasFieldPath(values: unknown, path: FieldPath): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(String(key) in node)) return false;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return path.length > 0;
}
