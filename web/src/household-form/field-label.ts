import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { zhCN } from '../i18n/messages.ts';

/** A field of a household, member, income or basic-needs check that has a label. */
export type FieldKey = keyof typeof zhCN.householdFields;

/** The label of a field in the user's language: one wording on the forms, the page and the history. */
export function useFieldLabel(): (key: FieldKey) => string {
  const { t } = useTranslation();
  return useCallback((key: FieldKey) => t(`householdFields.${key}`), [t]);
}
