import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, NetworkError } from '../api/problem.ts';
import { initI18n } from '../i18n/i18n.ts';
import { emptyHousehold } from './household-form-values.ts';
import { emptyMember } from './member-form-values.ts';
import { hasFieldPath, placeProblem, toFieldPath } from './server-errors.ts';

let t: TFunction;
const values = { ...emptyHousehold('150602101201'), members: [emptyMember('self'), emptyMember('spouse')] };
const isField = (name: (string | number)[]) => hasFieldPath(values, name);

function problem(code: string, status: number, extra: Partial<ApiProblem['problem']> = {}): ApiProblem {
  return new ApiProblem({ type: `urn:fupin:error:${code}`, title: code, status, code, detail: 'english detail from the server', errors: [], ...extra });
}

describe('server errors on the fields they belong to', () => {
  beforeAll(() => {
    t = initI18n('zh-CN').t;
  });

  it('reads a dotted field as a form path, list indexes as numbers', () => {
    expect(toFieldPath('members.1.idNumber')).toEqual(['members', 1, 'idNumber']);
    expect(toFieldPath('householdNo')).toEqual(['householdNo']);
  });

  it('knows which paths the form has', () => {
    expect(hasFieldPath(values, ['members', 1, 'idNumber'])).toBe(true);
    expect(hasFieldPath(values, ['villageCode'])).toBe(true);
    expect(hasFieldPath(values, ['members', 2, 'idNumber'])).toBe(false);
    expect(hasFieldPath(values, ['version'])).toBe(false);
    expect(hasFieldPath(values, [])).toBe(false);
  });

  it('puts a duplicate ID number on its member row, naming the other household', () => {
    const error = problem('ID_NUMBER_DUPLICATE', 409, {
      field: 'members.1.idNumber',
      errors: [{ field: 'members.1.idNumber', code: 'ID_NUMBER_DUPLICATE', message: 'already belongs to …' }],
      details: { householdId: 9, householdNo: '1506021012010007', villageCode: '150602101201', villageName: '九大股村' },
    });
    const placed = placeProblem(error, isField, t, 'zh-CN');
    expect(placed.fields).toEqual([{ name: ['members', 1, 'idNumber'], errors: ['该身份证号已登记在九大股村户编号为 1506021012010007 的农户中'] }]);
    expect(placed.duplicate).toEqual({ householdId: 9, householdNo: '1506021012010007', villageName: '九大股村' });
    expect(placed.general).toBe('保存失败，请按提示修改标红的项目。');
  });

  it('translates a rule of the domain on its field (household number taken, bad village)', () => {
    const taken = placeProblem(problem('HOUSEHOLD_NO_TAKEN', 409, { field: 'householdNo', errors: [{ field: 'householdNo', code: 'HOUSEHOLD_NO_TAKEN', message: 'taken' }] }), isField, t, 'zh-CN');
    expect(taken.fields).toEqual([{ name: ['householdNo'], errors: ['该户编号已被使用。'] }]);
    const village = placeProblem(problem('REGION_NOT_VILLAGE', 422, { field: 'villageCode' }), isField, t, 'zh-CN');
    expect(village.fields).toEqual([{ name: ['villageCode'], errors: ['请选择到村一级的区划。'] }]);
  });

  it('says validation errors in the user\'s language, never the server\'s English', () => {
    const error = problem('VALIDATION_FAILED', 400, {
      field: 'members.0.name',
      errors: [
        { field: 'members.0.name', code: 'too_big', message: 'Too big: expected string to have <=50 characters' },
        { field: 'bankAccount', code: 'invalid_format', message: 'a bank account number has 6 to 32 digits' },
        { field: 'otherCauses', code: 'VALIDATION_FAILED', message: 'a cause is listed twice' },
      ],
    });
    const placed = placeProblem(error, isField, t, 'zh-CN');
    expect(placed.fields).toEqual([
      { name: ['members', 0, 'name'], errors: ['内容过长或数值过大'] },
      { name: ['bankAccount'], errors: ['格式不正确'] },
      { name: ['otherCauses'], errors: ['此项填写有误'] },
    ]);
    for (const message of [...placed.fields.flatMap((f) => f.errors), placed.general]) expect(message).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('says above the form what names no field of it: a version conflict, a lost connection', () => {
    const conflict = placeProblem(problem('VERSION_CONFLICT', 409, { field: 'version', details: { currentVersion: 4 } }), isField, t, 'zh-CN');
    expect(conflict.fields).toEqual([]);
    expect(conflict.general).toBe('该记录已被他人修改，请刷新后再编辑。');
    const offline = placeProblem(new NetworkError(new TypeError('fetch failed')), isField, t, 'zh-CN');
    expect(offline).toEqual({ fields: [], general: '无法连接到服务器，请检查网络后重试。', duplicate: undefined });
  });

  it('says a duplicate in another region without naming it', () => {
    const hidden = placeProblem(problem('ID_NUMBER_DUPLICATE', 409, { field: 'members.0.idNumber' }), isField, t, 'zh-CN');
    expect(hidden.fields).toEqual([{ name: ['members', 0, 'idNumber'], errors: ['该身份证号已登记在其他农户中。'] }]);
    expect(hidden.duplicate).toBeUndefined();
  });
});
