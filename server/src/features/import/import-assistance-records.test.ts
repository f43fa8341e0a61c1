import { expect, it } from 'vitest';
import { makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import type { MeasureView } from '../assistance/measures/measures.schemas.ts';
import type { PairingView } from '../assistance/pairings/pairings.schemas.ts';
import { createTestCadre } from '../assistance/assistance-test-support.ts';
import { download } from '../household-export/export-test-helpers.ts';
import { buildXlsx, commitJob, fetchProblems } from './import-test-support.ts';
import { checkKindFile, countRows } from './record-import-test-support.ts';

describeEachEngine('import: pairings and measures', (t) => {
  it('pairs cadres with households by name (unit or phone when names repeat), within the load limit, and updates the end date of a known pairing', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = await registerTestHousehold(t(), county);
    const b = await registerTestHousehold(t(), county);
    await createTestCadre(t(), county, { name: '李帮扶' });
    await createTestCadre(t(), county, { name: '王干部' });
    const res = await request(t(), 'POST', '/api/v1/cadres', { user: county, body: { name: '王干部', unit: '单位乙', level: 'county', position: null, phone: '13900000000', regionCode: '150602', userId: null } });
    expect(res.status).toBe(201);
    const settings = await request(t(), 'PUT', '/api/v1/assistance-settings/150602', { user: county, body: { maxPairingLoad: 1, visitBackdateDays: 30, visitIntervalDays: 90 } });
    expect(settings.status).toBe(200);
    const header = ['户编号', '帮扶责任人', '工作单位', '结对开始日期', '结对结束日期'];
    const file = await buildXlsx([{ name: '结对', rows: [
      header,
      [a.householdNo, '李帮扶', null, '2024/1/1', null],
      [b.householdNo, '李帮扶', null, '2024-02-01', null],
      [a.householdNo, '王干部', null, '2024-01-01', null],
      [a.householdNo, '赵无名', null, '2024-01-01', null],
      [a.householdNo, '李帮扶', null, '2024年1月1日', null],
      [a.householdNo, '王干部', '单位乙', '2024-03-01', '2024-01-01'],
    ] }]);
    const job = await checkKindFile(t(), county, 'pairings', 'pairings.xlsx', file);
    expect(job).toMatchObject({ rows: { read: 6, valid: 1, invalid: 5 }, households: { new: 1 } });
    expect(await fetchProblems(t(), county, job.id)).toEqual([
      { sheet: '结对', row: 3, column: '帮扶责任人', value: '李帮扶', code: 'rule', message: 'the cadre already helps 1 households; the maximum is 1' },
      { sheet: '结对', row: 4, column: '帮扶责任人', value: '王干部', code: 'rule', message: '2 cadres in your region are named 王干部; give the unit or the phone number to tell them apart' },
      { sheet: '结对', row: 5, column: '帮扶责任人', value: '赵无名', code: 'cadreNotFound', message: 'no cadre named 赵无名 is registered in your region; add the cadre first' },
      { sheet: '结对', row: 6, column: '结对开始日期', value: '2024年1月1日', code: 'keyRepeated', message: `an earlier row pairs 李帮扶 with household ${a.householdNo} from 2024-01-01` },
      { sheet: '结对', row: 7, column: '结对结束日期', value: '2024-01-01', code: 'rule', message: 'the end date 2024-01-01 is before the start date 2024-03-01' },
    ]);
    await commitJob(t(), county, job.id);
    const pairings = await request<PairingView[]>(t(), 'GET', `/api/v1/pairings?householdId=${a.id}`, { user: county });
    expect(pairings.body.map((p) => [p.cadreName, p.startDate, p.endDate])).toEqual([['李帮扶', '2024-01-01', null]]);

    const again = await checkKindFile(t(), county, 'pairings', 'pairings.xlsx', file);
    expect(again.households).toMatchObject({ new: 0, changed: 0, unchanged: 1 });
    const ending = await buildXlsx([{ name: '结对', rows: [header, [a.householdNo, '李帮扶', '东胜区农牧局', '2024-01-01', '2024-12-31']] }]);
    const end = await checkKindFile(t(), county, 'pairings', 'end.xlsx', ending);
    expect(end).toMatchObject({ problemCount: 0, households: { changed: 1 } });
    await commitJob(t(), county, end.id);
    const ended = await request<PairingView[]>(t(), 'GET', `/api/v1/pairings?householdId=${a.id}`, { user: county });
    expect(ended.body.map((p) => p.endDate)).toEqual(['2024-12-31']);
    expect(await countRows(t(), 'pairings')).toBe(1);
  });

  it('records measures by household, type, member and start date with the rules of the measure types, and a round trip through the export changes nothing', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = await registerTestHousehold(t(), county, { memberCount: 2 });
    const [first] = a.members;
    const header = ['户编号', '受益成员', '受益成员证件号码', '帮扶措施类型', '开始日期', '结束日期', '金额（元）', '实物', '资金来源', '状态'];
    const no = a.householdNo;
    const file = await buildXlsx([{ name: '措施', rows: [
      header,
      [no, null, null, '产业奖补', '2024-03-01', null, 3000, null, '县级财政', null],
      [no, first?.name ?? '', null, '公益性岗位', '2024-01-01', '2024-12-31', '6,000', null, null, '实施中'],
      [no, first?.name ?? '', null, 'publicWelfarePost', '2024-06-01', '2024-09-30', 500, null, null, null],
      [no, null, null, '技能培训', '2024-04-01', null, 100, null, null, null],
      [no, '查无此人', null, '产业奖补', '2024-05-01', null, 100, null, null, null],
      [no, null, makeIdNumber(), '医疗救助', '2024-05-01', null, 100, null, null, null],
      [no, null, null, '低保', '2024-01-01', '2024-12-31', null, null, null, null],
      [no, null, null, '产业奖补', '2024/3/1', null, 3000, null, null, null],
      [no, null, null, '奖补', '2024-03-01', null, 3000, null, null, null],
    ] }]);
    const job = await checkKindFile(t(), county, 'measures', 'measures.xlsx', file);
    expect(job).toMatchObject({ rows: { read: 9, valid: 2, invalid: 7 }, households: { new: 2 } });
    expect(await fetchProblems(t(), county, job.id)).toEqual([
      { sheet: '措施', row: 4, column: '开始日期', value: '2024-06-01', code: 'rule', message: 'this member already has a publicWelfarePost measure for 2024-01-01–2024-12-31, which overlaps this period' },
      { sheet: '措施', row: 5, column: '受益成员', value: '', code: 'rule', message: 'a training measure is given to a member; name the member' },
      { sheet: '措施', row: 6, column: '受益成员', value: '查无此人', code: 'rule', message: `no living member of household ${no} is named 查无此人` },
      { sheet: '措施', row: 7, column: '受益成员证件号码', value: expect.any(String) as string, code: 'rule', message: `no living member of household ${no} has this ID number` },
      { sheet: '措施', row: 8, column: '金额(元)', value: '', code: 'rule', message: 'give an amount in fen or describe the help in kind' },
      { sheet: '措施', row: 9, column: '开始日期', value: '2024/3/1', code: 'keyRepeated', message: 'an earlier row has the same household, measure type, member and start date' },
      { sheet: '措施', row: 10, column: '帮扶措施类型', value: '奖补', code: 'unknownCode', message: '奖补 is not in the list measureType' },
    ]);
    await commitJob(t(), county, job.id);
    const measures = await request<MeasureView[]>(t(), 'GET', `/api/v1/households/${a.id}/measures`, { user: county });
    expect(measures.body.map((m) => [m.measureType, m.memberName, m.startDate, m.endDate, m.amount, m.fundingSource, m.status])).toEqual([
      ['industrySubsidy', null, '2024-03-01', null, 300_000, 'countyFiscal', 'inProgress'],
      ['publicWelfarePost', first?.name, '2024-01-01', '2024-12-31', 600_000, null, 'inProgress'],
    ]);

    for (const format of ['xlsx', 'csv'] as const) {
      const { bytes } = await download(t(), county, `/measures?format=${format}`);
      const changes = await countRows(t(), 'recordChanges');
      const back = await checkKindFile(t(), county, 'measures', `measures.${format}`, bytes);
      expect(back).toMatchObject({ problemCount: 0, households: { new: 0, changed: 0, unchanged: 2, invalid: 0 } });
      await commitJob(t(), county, back.id);
      expect(await countRows(t(), 'recordChanges')).toBe(changes);
    }

    const done = await buildXlsx([{ name: '措施', rows: [['户编号', '帮扶措施类型', '开始日期', '状态', '帮扶成效'], [no, '产业奖补', '2024-03-01', '已完成', '养羊 20 只']] }]);
    const update = await checkKindFile(t(), county, 'measures', 'done.xlsx', done);
    expect(update).toMatchObject({ problemCount: 0, households: { changed: 1 } });
    await commitJob(t(), county, update.id);
    const after = await request<MeasureView[]>(t(), 'GET', `/api/v1/households/${a.id}/measures`, { user: county });
    expect(after.body.find((m) => m.measureType === 'industrySubsidy')).toMatchObject({ status: 'completed', outcome: '养羊 20 只', amount: 300_000 });
    const history = await request<{ entries: { entityType: string; action: string; source: string | null }[] }>(t(), 'GET', `/api/v1/households/${a.id}/history`, { user: county });
    expect(history.body.entries[0]).toMatchObject({ entityType: 'assistanceMeasure', action: 'update', source: 'import' });
  });

  it('an import whose records changed in the registry since the check fails and writes nothing', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = await registerTestHousehold(t(), county);
    const file = await buildXlsx([{ name: '措施', rows: [
      ['户编号', '帮扶措施类型', '开始日期', '金额（元）'],
      [a.householdNo, '产业奖补', '2025-01-01', 100],
      [a.householdNo, '产业奖补', '2025-02-01', 200],
    ] }]);
    const job = await checkKindFile(t(), county, 'measures', 'stale.xlsx', file);
    expect(job.households).toMatchObject({ new: 2 });
    const added = await request(t(), 'POST', `/api/v1/households/${a.id}/measures`, { user: county, body: { measureType: 'industrySubsidy', startDate: '2025-02-01', amount: 999 } });
    expect(added.status).toBe(201);
    const before = { measures: await countRows(t(), 'assistanceMeasures'), changes: await countRows(t(), 'recordChanges'), audit: await countRows(t(), 'auditLog') };
    const failed = await commitJob(t(), county, job.id);
    expect(failed).toMatchObject({ status: 'failed', rows: { written: 0 } });
    expect(failed.error).toMatch(/changed since the check/);
    expect({ measures: await countRows(t(), 'assistanceMeasures'), changes: await countRows(t(), 'recordChanges'), audit: await countRows(t(), 'auditLog') }).toEqual(before);
  });
});
