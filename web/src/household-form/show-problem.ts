import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { Language } from '../i18n/language.ts';
import { hasFieldPath, type PlacedProblem, placeProblem } from './server-errors.ts';

/** Puts a failed save's errors on the form's fields and returns what is left to say above the form. */
export function showProblemOnForm(form: FormInstance, error: unknown, t: TFunction, language: Language): PlacedProblem {
  const placed = placeProblem(error, (name) => hasFieldPath(form.getFieldsValue(true), name), t, language);
  form.setFields(placed.fields);
  return placed;
}
