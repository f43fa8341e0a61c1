import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, NetworkError } from '../api/problem.ts';
import { initI18n } from '../i18n/i18n.ts';
import { userFormErrors } from './user-form-errors.ts';

let t: TFunction;
beforeAll(() => {
  t = initI18n('zh-CN').t;
});

const problem = (code: string, status: number, field?: string, errors: { field: string; code: string; message: string }[] = []) =>
  new ApiProblem({ type: `urn:fupin:error:${code}`, title: code, status, code, detail: 'english detail', errors, ...(field ? { field } : {}) });

describe('a failed save shown on the form', () => {
  it('puts a taken username on the username field, in Chinese', () => {
    expect(userFormErrors(problem('USERNAME_TAKEN', 409, 'username'), t, 'zh-CN')).toEqual([{ name: 'username', errors: ['该用户名已被使用。'] }]);
  });

  it('says what is wrong with each invalid field rather than the server\'s English', () => {
    const invalid = problem('VALIDATION_FAILED', 400, 'username', [
      { field: 'username', code: 'too_small', message: 'Too small' },
      { field: 'department', code: 'invalid', message: 'a department officer needs a department' },
    ]);
    expect(userFormErrors(invalid, t, 'zh-CN')).toEqual([
      { name: 'username', errors: ['用户名须为 2–64 个字母、数字或 . _ @ -'] },
      { name: 'department', errors: ['行业部门干部必须选择所属部门'] },
    ]);
  });

  it('puts a region outside the administrator\'s scope on the region field', () => {
    const [error] = userFormErrors(problem('OUT_OF_SCOPE', 404, 'regionCode'), t, 'zh-CN');
    expect(error?.name).toBe('regionCode');
    expect(error?.errors[0]).toContain('不在您负责的区划内');
  });

  it('leaves problems that belong to no field (or no problem at all) to the form as a whole', () => {
    expect(userFormErrors(problem('FORBIDDEN', 403), t, 'zh-CN')).toEqual([]);
    expect(userFormErrors(problem('NOT_FOUND', 404, 'id'), t, 'zh-CN')).toEqual([]);
    expect(userFormErrors(new NetworkError(new Error('offline')), t, 'zh-CN')).toEqual([]);
  });
});
