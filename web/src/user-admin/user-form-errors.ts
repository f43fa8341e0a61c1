import type { TFunction } from 'i18next';
import { problemMessage } from '../api/problem-message.ts';
import { ApiProblem } from '../api/problem.ts';
import type { Language } from '../i18n/language.ts';

export const USER_FORM_FIELDS = ['username', 'displayName', 'role', 'regionCode', 'department'] as const;
export type UserFormField = (typeof USER_FORM_FIELDS)[number];

function isUserFormField(field: string): field is UserFormField {
  return (USER_FORM_FIELDS as readonly string[]).includes(field);
}

/** What to say on a field the server found invalid (its own words are English and technical). */
function invalidFieldMessage(field: UserFormField, t: TFunction): string {
  switch (field) {
    case 'username': return t('userAdmin.usernameInvalid');
    case 'role': return t('userAdmin.roleRequired');
    case 'regionCode': return t('userAdmin.regionRequired');
    case 'department': return t('userAdmin.departmentRequired');
    case 'displayName': return t('errors.VALIDATION_FAILED');
  }
}

/**
 * A failed save as messages on the form's fields (a taken username on the username, a region
 * outside the administrator's scope on the region); empty when the problem belongs to no field.
 */
export function userFormErrors(error: unknown, t: TFunction, language: Language): { name: UserFormField; errors: string[] }[] {
  if (!(error instanceof ApiProblem)) return [];
  const { code, field, errors } = error.problem;
  const fields = new Set([...(field ? [field] : []), ...errors.map((e) => e.field)].filter(isUserFormField));
  const message = (name: UserFormField) => (code === 'VALIDATION_FAILED' ? invalidFieldMessage(name, t) : problemMessage(error, t, language));
  return [...fields].map((name) => ({ name, errors: [message(name)] }));
}
