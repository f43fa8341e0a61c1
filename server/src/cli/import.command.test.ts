import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../test/factories.ts';
import { describeEachEngine } from '../../test/test-context.ts';
import { encodeGbk, toCsv } from '../features/import/import-test-support.ts';
import { runImport } from './import.command.ts';

describeEachEngine('fupin import', (t) => {
  it('checks a GBK CSV, prints its problems, imports the valid households and refuses villages outside --region', async () => {
    const good = buildHouseholdInput({ memberCount: 2 });
    const bad = buildHouseholdInput({ memberCount: 1 });
    const rows = [['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能']];
    good.members.forEach((m, i) => rows.push([i ? '' : good.householdNo, i ? '' : DEFAULT_TEST_VILLAGE, i ? '' : '一般贫困户', i ? '' : '未脱贫', m.name, m.idNumber, m.relationToHead, m.laborCapacity]));
    rows.push([bad.householdNo, DEFAULT_TEST_VILLAGE, '一般贫困户', '未脱贫', '', bad.members[0]?.idNumber ?? '', '户主', '普通劳动力']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-cli-import-'));
    const file = path.join(dir, 'households.csv');
    fs.writeFileSync(file, encodeGbk(toCsv(rows)));
    const lines: string[] = [];
    const written = await runImport(t().ctx, file, { region: '150602' }, { write: (s: string) => lines.push(s) });
    expect(written).toBe(2);
    const output = lines.join('');
    expect(output).toContain('checked households.csv: 3 rows, 2 valid, 1 invalid; households 1 new, 0 changed, 0 unchanged, 1 invalid');
    expect(output).toContain('households row 4, 姓名 "": Required value missing: the member\'s name is missing');
    expect(output).toMatch(/imported 2 rows in [\d.]+ s/);

    const elsewhere = await runImport(t().ctx, file, { region: '110101', dryRun: true }, { write: (s: string) => lines.push(s) });
    expect(elsewhere).toBe(0);
    expect(lines.join('')).toContain('Outside your region');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
