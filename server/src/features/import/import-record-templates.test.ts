import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine } from '../../../test/test-context.ts';
import { runImport } from '../../cli/import.command.ts';
import { toCsv } from './import-test-support.ts';
import { checkKindFile } from './record-import-test-support.ts';

async function loadTemplate(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

describeEachEngine('import templates and the command line for the record kinds', (t) => {
  it('gives each kind a template with instructions, the form\'s headers and drop-down lists; a filled-in template is accepted', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { memberCount: 1 });
    const expected = {
      incomes: ['户编号 *', '年度 *', '计算人口', '工资性收入（元）'],
      basicNeedsChecks: ['户编号 *', '核查日期 *', '不愁吃 *', '不愁穿 *'],
      pairings: ['户编号 *', '帮扶责任人 *', '帮扶责任人工作单位', '帮扶责任人联系电话'],
      measures: ['户编号 *', '受益成员', '受益成员证件号码', '帮扶措施类型 *'],
    };
    for (const [kind, headers] of Object.entries(expected)) {
      const res = await t().app.request(`/api/v1/import-templates/${kind}`, { headers: officer.headers });
      expect(res.status).toBe(200);
      const workbook = await loadTemplate(await res.arrayBuffer());
      const [guide, data, lists] = workbook.worksheets;
      expect(guide?.name).toBe('填写说明');
      expect(lists?.state).toBe('hidden');
      const header = (data?.getRow(1).values as unknown[]).slice(1, 5);
      expect(header).toEqual(headers);
    }
    const english = await loadTemplate(await (await t().app.request('/api/v1/import-templates/basicNeedsChecks?lang=en', { headers: officer.headers })).arrayBuffer());
    const data = english.worksheets[1];
    expect(data?.name).toBe('Basic-needs checks');
    expect(data?.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Lists'!$C$1:$C$3"] });

    // Filled in with the drop-down's English labels.
    data?.addRow([household.householdNo, '2024-05-06', 'Pass', 'Pass', 'Not applicable', 'Pass', 'Fail', 'Pass']);
    const filled = Buffer.from(await english.xlsx.writeBuffer());
    const job = await checkKindFile(t(), officer, 'basicNeedsChecks', 'filled.xlsx', filled);
    expect(job).toMatchObject({ problemCount: 0, rows: { read: 1, valid: 1 }, households: { new: 1 } });
  });

  it('fupin import --kind incomes checks and imports a CSV of incomes', async () => {
    const officer = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const household = await registerTestHousehold(t(), officer, { memberCount: 2 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-cli-incomes-'));
    const file = path.join(dir, 'incomes.csv');
    fs.writeFileSync(file, toCsv([['Household number', 'Year', 'Wage income (yuan)'], [household.householdNo, 2023, 8000], ['NOPE', 2023, 1]]));
    const lines: string[] = [];
    const written = await runImport(t().ctx, file, { region: '150602', kind: 'incomes' }, { write: (s: string) => lines.push(s) });
    expect(written).toBe(1);
    const output = lines.join('');
    expect(output).toContain('checked incomes.csv: 2 rows, 1 valid, 1 invalid; records 1 new, 0 changed, 0 unchanged, 1 invalid');
    expect(output).toContain('incomes row 3, Household number "NOPE": Household not found: no household NOPE in the registry; import the household first');
    await expect(runImport(t().ctx, file, { region: '150602', kind: 'visits' }, { write: () => undefined })).rejects.toThrow(/--kind visits is not one of/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
