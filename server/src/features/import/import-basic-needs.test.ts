import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import type { BasicNeedsCheckView } from '../basic-needs/basic-needs.schemas.ts';
import { commitJob, encodeGbk, fetchProblems, toCsv } from './import-test-support.ts';
import { checkKindFile, countRows } from './record-import-test-support.ts';

const HEADER = ['户编号', '核查日期', '不愁吃', '不愁穿', '义务教育有保障', '基本医疗有保障', '住房安全有保障', '饮水安全有保障'];

describeEachEngine('import: basic-needs checks', (t) => {
  it('reads a GBK CSV with the date forms clerks write, labels or codes; reports each defect; imports and updates by household and date', async () => {
    const officer = await createSignedInUser(t(), 'townshipOfficer', DEFAULT_TEST_VILLAGE.slice(0, 9));
    const household = await registerTestHousehold(t(), officer);
    const no = household.householdNo;
    const csv = toCsv([
      ['两不愁三保障核查表'],
      HEADER.map((h, i) => (i === 1 ? `${h} ` : h)),
      [no, '2024/6/3', '达标', 'pass', 'Not applicable', '达标', '未达标', '达标'],
      [no, '2024年6月4日', '达标', '达标', '达标', '达标', '达标', 'Pass'],
      [],
      [no, '45448', '达标', '达标', '达标', '达标', '达标', '达标'],
      [no, '2024/6/3', '达标', '达标', '达标', '达标', '达标', '达标'],
      [no, '2999-01-01', '达标', '达标', '达标', '达标', '达标', '达标'],
      [no, '2024-02-30', '达标', '达标', '达标', '达标', '达标', '达标'],
      [no, '2024-03-01', '好', '达标', '达标', '达标', '达标', null],
    ]);
    const job = await checkKindFile(t(), officer, 'basicNeedsChecks', '核查.csv', encodeGbk(csv));
    expect(job).toMatchObject({ kind: 'basicNeedsChecks', rows: { read: 7, valid: 3, invalid: 4 }, households: { new: 3, invalid: 4 } });
    expect(await fetchProblems(t(), officer, job.id)).toEqual([
      { sheet: '核查', row: 7, column: '核查日期', value: '2024/6/3', code: 'keyRepeated', message: `household ${no} has an earlier row for the check of 2024-06-03` },
      { sheet: '核查', row: 8, column: '核查日期', value: '2999-01-01', code: 'invalidValue', message: 'the check date 2999-01-01 is after today' },
      { sheet: '核查', row: 9, column: '核查日期', value: '2024-02-30', code: 'invalidValue', message: '2024-02-30 is not a real calendar date' },
      { sheet: '核查', row: 10, column: '不愁吃', value: '好', code: 'unknownCode', message: '好 is not in the list basicNeedsResult' },
      { sheet: '核查', row: 10, column: '饮水安全有保障', value: '', code: 'required', message: '饮水安全有保障 must be filled in' },
    ]);
    await commitJob(t(), officer, job.id);
    const checks = await request<BasicNeedsCheckView[]>(t(), 'GET', `/api/v1/households/${household.id}/basic-needs-checks`, { user: officer });
    expect(checks.body.map((c) => [c.checkedOn, c.isSecured, c.failedItems, c.source])).toEqual([
      ['2024-06-05', true, [], 'import'],
      ['2024-06-04', true, [], 'import'],
      ['2024-06-03', false, ['housingSafety'], 'import'],
    ]);
    expect(checks.body[2]?.items.compulsoryEducation).toBe('notApplicable');

    // The same file again changes nothing; a changed result updates that day's check.
    const changes = await countRows(t(), 'recordChanges');
    const again = await checkKindFile(t(), officer, 'basicNeedsChecks', '核查.csv', encodeGbk(csv));
    expect(again.households).toMatchObject({ new: 0, changed: 0, unchanged: 3 });
    await commitJob(t(), officer, again.id);
    expect(await countRows(t(), 'recordChanges')).toBe(changes);
    const fixed = toCsv([HEADER, [no, '2024-06-03', '达标', '达标', '不适用', '达标', '达标', '达标']]);
    const update = await checkKindFile(t(), officer, 'basicNeedsChecks', 'fixed.csv', Buffer.from(fixed));
    expect(update.households).toMatchObject({ changed: 1 });
    await commitJob(t(), officer, update.id);
    expect(await countRows(t(), 'basicNeedsChecks')).toBe(3);
    const history = await request<{ entries: { entityType: string; action: string; source: string | null; after: { failedItems?: string[] } | null }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officer });
    const latest = history.body.entries[0];
    expect(latest).toMatchObject({ entityType: 'basicNeedsCheck', action: 'update', source: 'import' });
  });

  it('a sheet without a required column reads none of its rows and says which column is missing', async () => {
    const officer = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const household = await registerTestHousehold(t(), officer);
    const csv = toCsv([HEADER.filter((h) => h !== '不愁穿'), [household.householdNo, '2024-01-02', '达标', '达标', '达标', '达标', '达标']]);
    const job = await checkKindFile(t(), officer, 'basicNeedsChecks', 'short.csv', Buffer.from(csv));
    expect(job).toMatchObject({ rows: { read: 1, valid: 0, invalid: 1 } });
    expect(await fetchProblems(t(), officer, job.id)).toEqual([
      { sheet: 'short', row: 1, column: '不愁穿', value: '', code: 'missingColumn', message: 'the sheet has no column 不愁穿 (Clothing secured); none of its rows can be read' },
    ]);
  });
});
