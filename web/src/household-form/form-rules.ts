import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { checkIdNumber, ID_NUMBER_LENGTH, localToday } from './id-number-check.ts';
import { parseYuan } from './yuan.ts';

/**
 * The ID number's rules as the user types: a wrong character, a wrong check digit or an impossible
 * birth date at once; a number that is still short only when they leave the field (or save).
 */
export function idNumberRules(t: TFunction, isRequired: boolean): FormRule[] {
  return [
    { required: isRequired, whitespace: true, message: t('householdForm.id.required') },
    {
      validateTrigger: ['onChange', 'onBlur'],
      validator: async (_rule, value: string | undefined) => {
        const check = checkIdNumber(value, localToday());
        if (check.state !== 'invalid') return;
        // Only a number longer than 18 is invalid by its length; a shorter one is still being typed.
        throw new Error(check.problem === 'length' ? t('householdForm.id.tooLong', { length: ID_NUMBER_LENGTH }) : t(`householdForm.id.${check.problem}`));
      },
    },
    {
      validateTrigger: 'onBlur',
      validator: async (_rule, value: string | undefined) => {
        const check = checkIdNumber(value, localToday());
        if (check.state === 'incomplete') throw new Error(t('householdForm.id.length', { length: ID_NUMBER_LENGTH, count: check.length }));
      },
    },
  ];
}

/** An amount in yuan with at most two decimals, within what the server takes. */
export function yuanRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: string | undefined) => {
      const parsed = parseYuan(value);
      if (!parsed.ok) throw new Error(t(`householdForm.yuan.${parsed.issue}`));
    },
  };
}

/** A required choice, said the same way everywhere. */
export function requiredRule(t: TFunction, label: string): FormRule {
  return { required: true, message: t('householdForm.required', { field: label }) };
}

/** A calendar date (the native date input's YYYY-MM-DD) that has already happened. */
export function notAfterTodayRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: string | null | undefined) => {
      if (value && value > localToday()) throw new Error(t('householdForm.dateInFuture'));
    },
  };
}
