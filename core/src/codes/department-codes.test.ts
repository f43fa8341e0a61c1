import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../access/roles.ts';
import { resolveCode } from './code-list.ts';
import { departments } from './department-codes.ts';
import { codeLists } from './index.ts';

describe('departments', () => {
  it('is served with the other code lists and resolves Chinese names', () => {
    expect(codeLists.map((l) => l.name)).toContain('department');
    expect(resolveCode(departments, '民政')).toBe('civilAffairs');
    expect(resolveCode(departments, '乡村振兴')).toBe('ruralRevitalization');
    expect(departments.label('healthcareSecurity', 'zh')).toBe('医保');
  });
});

describe('permissionsOf', () => {
  it.each([
    ['admin', 'users:manage', true],
    ['admin', 'tokens:manage', true],
    ['countyOfficer', 'users:manage', false],
    ['inspector', 'registry:write', false],
    ['departmentOfficer', 'registry:read', true],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(permissionsOf(role).includes(permission)).toBe(expected);
  });
});
