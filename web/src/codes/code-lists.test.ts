import { describe, expect, it } from 'vitest';
import { codeLabel, codeOptions, indexCodeLists } from './code-lists.ts';

const index = indexCodeLists([
  { name: 'povertyStatus', items: [{ code: 'poor', zh: '未脱贫', en: 'Poor' }, { code: 'exited', zh: '已脱贫', en: 'Exited' }] },
  { name: 'gender', items: [{ code: 'male', zh: '男', en: 'Male', national: '1' }] },
]);

describe('code-list labels in the chosen language', () => {
  it('labels a code in Chinese or English', () => {
    expect(codeLabel(index, 'povertyStatus', 'exited', 'zh-CN')).toBe('已脱贫');
    expect(codeLabel(index, 'povertyStatus', 'exited', 'en-US')).toBe('Exited');
  });

  it('shows an unknown code as itself and nothing for an empty value', () => {
    expect(codeLabel(index, 'povertyStatus', 'relapsed', 'zh-CN')).toBe('relapsed');
    expect(codeLabel(index, 'noSuchList', 'x', 'zh-CN')).toBe('x');
    expect(codeLabel(index, 'povertyStatus', null, 'zh-CN')).toBe('');
  });

  it('offers a list\'s items as options in the list\'s order', () => {
    expect(codeOptions(index, 'povertyStatus', 'zh-CN')).toEqual([{ value: 'poor', label: '未脱贫' }, { value: 'exited', label: '已脱贫' }]);
    expect(codeOptions(index, 'noSuchList', 'en-US')).toEqual([]);
  });
});
