import type { Language } from '../i18n/language.ts';

/**
 * Names of the kinds of problem an import check reports, by the server's code. Kept out of the
 * typed message tree, which is near the TypeScript compiler's limit for template-literal keys.
 */
const PROBLEM_KINDS: Record<string, { zh: string; en: string }> = {
  missingColumn: { zh: '缺少列', en: 'Missing column' },
  required: { zh: '必填项为空', en: 'Required value missing' },
  invalidValue: { zh: '格式不正确', en: 'Not in the expected form' },
  unknownCode: { zh: '不在代码表中', en: 'Not in the code list' },
  idNumberInvalid: { zh: '证件号码有误', en: 'ID number invalid' },
  idNumberMismatch: { zh: '与证件号码不符', en: 'Does not match the ID number' },
  idNumberDuplicate: { zh: '证件号码重复', en: 'ID number duplicated' },
  householdNoRepeated: { zh: '户编号重复', en: 'Household number repeated' },
  householdConflict: { zh: '同户信息不一致', en: 'Household values disagree' },
  villageUnknown: { zh: '行政村无法识别', en: 'Village not recognised' },
  villageOutOfScope: { zh: '超出管辖范围', en: 'Outside your region' },
  householdNotFound: { zh: '户不存在', en: 'Household not found' },
  composition: { zh: '家庭成员关系有误', en: 'Household make-up' },
  rule: { zh: '不符合业务规则', en: 'Breaks a rule' },
  keyRepeated: { zh: '记录重复', en: 'Record repeated' },
  cadreNotFound: { zh: '帮扶干部不存在', en: 'Cadre not found' },
};

export function problemKindLabel(code: string, language: Language): string {
  const kind = PROBLEM_KINDS[code];
  if (!kind) return code;
  return language === 'en-US' ? kind.en : kind.zh;
}
