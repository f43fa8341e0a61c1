import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { chartedRegions, type OverviewText } from './overview-data.ts';
import { countyOverview } from './overview-fixture.ts';
import { incidenceTable, incomeTable, statusTable } from './overview-tables.ts';
import { describeChange } from './recent-activity.tsx';

let t: TFunction;
const label = (list: string, code: string | null | undefined) => (list === 'povertyStatus' && code === 'poor' ? '未脱贫' : `${list}:${code ?? ''}`);

beforeAll(() => {
  t = initI18n('zh-CN').t;
});

describe('the tables behind the charts', () => {
  it('list every status, with households and people, even those with none', () => {
    const table = statusTable(countyOverview().byStatus, { t, language: 'zh-CN', label });
    expect(table.columns.map((c) => c.title)).toEqual(['贫困状态', '户数', '人口']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows.find((r) => r.key === 'poor')?.cells).toEqual({ status: '未脱贫', households: '118', people: '360' });
    expect(table.rows.find((r) => r.key === 'applicant')?.cells.households).toBe('0');
  });

  it('give each region\'s incidence as a percentage and offer to drill where the chart would', () => {
    const text: OverviewText = { t, language: 'en-US', label };
    const table = incidenceTable(chartedRegions(countyOverview().incidence.regions), text, (code) => code !== '150602101');
    expect(table.rows.map((r) => r.cells.region)).toEqual(['幸福街道', '泊尔江海子镇', '150602101']);
    expect(table.rows[1]?.cells).toMatchObject({ households: '1,231', people: '3,900', poorPeople: '251', incidence: '6.44%' });
    expect(table.rows.map((r) => r.drillCode)).toEqual(['150602010', '150602100', undefined]);
    expect(table.columns.filter((c) => c.isNumeric).map((c) => c.key)).toEqual(['households', 'people', 'poorPeople', 'incidence']);
  });

  it('show each income bucket\'s range in yuan, with exclusive lower edges', () => {
    const table = incomeTable(countyOverview().incomes, { t, language: 'zh-CN', label });
    expect(table.rows.map((r) => r.cells.range)).toEqual([
      '¥4,800.00 及以下', '¥4,800.01 – ¥6,000.00', '¥6,000.01 – ¥9,000.00', '¥9,000.01 – ¥12,000.00', '高于 ¥12,000.00',
    ]);
    expect(table.rows.map((r) => r.cells.households)).toEqual(['62', '398', '833', '772', '935']);
  });
});

describe('recent changes', () => {
  it('say what changed in the chosen language, and show an unknown kind as its code', () => {
    expect(describeChange({ entityType: 'member', action: 'update' }, t)).toBe('修改了家庭成员');
    expect(describeChange({ entityType: 'household', action: 'create' }, t)).toBe('新增了农户信息');
    expect(describeChange({ entityType: 'pairing', action: 'assign' }, t)).toBe('assign了pairing');
  });
});
