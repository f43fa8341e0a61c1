import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE, findTestVillages, makeIdNumber } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine } from '../../../test/test-context.ts';
import { buildXlsx, checkFile, commitJob, encodeGbk, fetchProblems, toCsv, type FixtureCell } from './import-test-support.ts';

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
let counter = 0;
const mask = (id: string) => `${id.slice(0, 4)}**********${id.slice(-4)}`;
const householdNo = () => `${DEFAULT_TEST_VILLAGE}${String(Date.now() % 1_000_000).padStart(6, '0')}${++counter}`;

describeEachEngine('import: a spreadsheet with every kind of defect', (t) => {
  it('reports each problem by sheet, row, column and value, and imports only the valid households', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const [beijingVillage] = await findTestVillages(t(), '110101');
    const h1 = householdNo(), h2 = householdNo(), h3 = householdNo(), h4 = householdNo(), h5 = householdNo(), h6 = householdNo(), h8 = householdNo();
    const head = makeIdNumber({ birthDate: '1960-03-05', gender: 'male' });
    const spouse = makeIdNumber({ birthDate: '1962-07-09', gender: 'female' });
    const child = makeIdNumber({ birthDate: '1990-11-20', gender: 'male' });
    const infant = makeIdNumber({ birthDate: '2020-06-03', gender: 'female' });
    const badCheck = makeIdNumber({ birthDate: '1970-01-01', gender: 'male' }).slice(0, 17) + 'Y';
    const male = makeIdNumber({ birthDate: '1975-05-05', gender: 'male' });
    const adult = () => makeIdNumber({ birthDate: '1980-01-01', gender: 'male' });
    const a = adult(), b = adult(), c = adult(), d = adult(), e = adult();
    const header: FixtureCell[] = [null, '行政村', '贫困户属性', '贫困状态', '主要致贫原因', '姓名', '证件号码', '性别', '出生日期', '与户主关系', '劳动技能', '是否享受低保', '备注'];
    const rows: FixtureCell[][] = [
      ['贫困户信息采集表'],
      ['户编号', '家庭基本情况', null, null, null, '家庭成员'],
      header,
      [h1, ` ${DEFAULT_TEST_VILLAGE}  `, '一般贫困户', '未脱贫', '因病', '王建国', toFullWidth(head), '男', '1960年3月5日', '户主', '普通劳动力', '否', '老户'],
      [null, null, null, null, null, '刘桂兰 ', spouse, null, '1962/7/9', '10', '普通劳动力', '是'],
      [null, null, null, null, null, '王志强', child.toLowerCase(), 'male', new Date(Date.UTC(1990, 10, 20)), '之子', 'none', 0],
      [],
      [h2, DEFAULT_TEST_VILLAGE, '特别户', '未脱贫', null, '李四', badCheck, null, null, '户主', '普通劳动力', null],
      [null, null, null, null, null, null, a, null, '2020-02-30', '配偶', '普通劳动力', '也许'],
      [h3, beijingVillage ?? '', '1', '未脱贫', null, '赵六', b, null, null, '户主', '普通劳动力', null],
      [h4, DEFAULT_TEST_VILLAGE, '1', 'poor', null, '孙七', c, null, null, '户主', '普通劳动力', null],
      [null, null, null, null, null, '孙八', d, null, null, '户主', '普通劳动力', null],
      [h5, DEFAULT_TEST_VILLAGE, '1', 'poor', null, '周九', male, '女', null, '户主', '普通劳动力', null],
      [h6, DEFAULT_TEST_VILLAGE, '1', 'poor', null, '吴十', head, null, null, '户主', '普通劳动力', null],
      [h1, DEFAULT_TEST_VILLAGE, '1', 'poor', null, '郑一', e, null, null, '户主', '普通劳动力', null],
      [h8, DEFAULT_TEST_VILLAGE, 'general', '未脱贫', '缺劳力', '钱小妹', infant, '女', 43985, '户主', '无劳动力', '否'],
    ];
    const file = await buildXlsx([
      { name: '填写说明', rows: [['每行一名家庭成员']] },
      { name: '农户信息', rows, merges: ['A1:M1', 'A2:A3', 'B2:E2', 'F2:L2', 'A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:E6'] },
    ]);
    const job = await checkFile(t(), officer, '农户信息.xlsx', file);
    expect(job).toMatchObject({
      status: 'checked', rows: { read: 12, valid: 4, invalid: 8, written: 0 },
      households: { new: 2, changed: 0, unchanged: 0, invalid: 6 }, problemCount: 10, ignoredColumns: ['备注'],
    });
    expect(await fetchProblems(t(), officer, job.id)).toEqual([
      { sheet: '农户信息', row: 8, column: '贫困户属性', value: '特别户', code: 'unknownCode', message: '特别户 is not in the list householdType' },
      { sheet: '农户信息', row: 8, column: '证件号码', value: mask(badCheck), code: 'idNumberInvalid', message: 'ID number must be 17 digits followed by a digit or X' },
      { sheet: '农户信息', row: 9, column: '出生日期', value: '2020-02-30', code: 'invalidValue', message: '2020-02-30 is not a real calendar date' },
      { sheet: '农户信息', row: 9, column: '是否享受低保', value: '也许', code: 'invalidValue', message: '也许 is not yes or no (是/否)' },
      { sheet: '农户信息', row: 9, column: '姓名', value: '', code: 'required', message: 'the member\'s name is missing' },
      { sheet: '农户信息', row: 10, column: '行政村', value: beijingVillage, code: 'villageOutOfScope', message: `village ${beijingVillage} is outside your region` },
      { sheet: '农户信息', row: 11, column: '与户主关系', value: '', code: 'composition', message: 'a household has exactly one head; found 2' },
      { sheet: '农户信息', row: 13, column: '性别', value: 'female', code: 'idNumberMismatch', message: 'gender female does not match the ID number (male)' },
      { sheet: '农户信息', row: 14, column: '证件号码', value: mask(head), code: 'idNumberDuplicate', message: 'the same ID number is in another household of this file' },
      { sheet: '农户信息', row: 15, column: '户编号', value: h1, code: 'householdNoRepeated', message: 'this household number appears earlier in the file; give a household\'s rows together' },
    ]);

    const done = await commitJob(t(), officer, job.id);
    expect(done).toMatchObject({ status: 'imported', rows: { written: 4 } });
    const households = await t().ctx.db.selectFrom('households').selectAll().where('householdNo', 'in', [h1, h2, h3, h4, h5, h6, h8]).orderBy('householdNo').execute();
    expect(households.map((h) => h.householdNo)).toEqual([h1, h8]);
    expect(households[0]).toMatchObject({ villageCode: DEFAULT_TEST_VILLAGE, headName: '王建国', memberCount: 3, householdType: 'general', mainCause: 'illness', version: 1 });
    const members = await t().ctx.db.selectFrom('members').selectAll().where('householdId', '=', households[0]?.id ?? 0).orderBy('birthDate').execute();
    expect(members.map((m) => [m.name, m.relationToHead, m.gender, m.birthDate, m.idMasked, m.receivesDibao, m.laborCapacity])).toEqual([
      ['王建国', 'self', 'male', '1960-03-05', mask(head), 0, 'ordinary'],
      ['刘桂兰', 'spouse', 'female', '1962-07-09', mask(spouse), 1, 'ordinary'],
      ['王志强', 'son', 'male', '1990-11-20', mask(child), 0, 'none'],
    ]);
    expect(t().ctx.cipher.decrypt(members[0]?.idNumberEnc ?? '')).toBe(head);
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('entityId', '=', job.id).execute();
    expect(audit.map((x) => [x.action, x.entityType])).toEqual([['import', 'importJob']]);
  });

  it('reads a GBK CSV with English headers, quoted fields and blank lines, and names its defects', async () => {
    const officer = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    const ok = householdNo(), bad = householdNo();
    const head = makeIdNumber({ birthDate: '1958-08-08', gender: 'female' });
    const other = makeIdNumber({ birthDate: '1988-02-02', gender: 'male' });
    const csv = toCsv([
      ['Household number', '行政村', 'Household type', '贫困状态', '家庭住址', 'Name', '证件号码', '与户主关系', '劳动技能', '出生日期'],
      [toFullWidth(ok), DEFAULT_TEST_VILLAGE, '低保贫困户', '已脱贫（享受政策）', '罕台镇九成功村"三社", 12号', '张秀英  ', head, '户主', '丧失劳动力', '1958年8月8日'],
      [],
      [bad, DEFAULT_TEST_VILLAGE, '1', 'poor', null, '陈某', '15060219880202', '户主', '普通劳动力', null],
      [null, null, null, null, null, '陈某某', other, '儿子', '普通劳动力', '1988-2-2'],
    ]);
    const job = await checkFile(t(), officer, '农户.csv', encodeGbk(csv));
    expect(job).toMatchObject({ status: 'checked', rows: { read: 3, valid: 1, invalid: 2 }, households: { new: 1, invalid: 1 } });
    expect(await fetchProblems(t(), officer, job.id)).toEqual([
      { sheet: '农户', row: 4, column: '证件号码', value: '1506******0202', code: 'idNumberInvalid', message: 'ID number must have 18 characters, got 14' },
      { sheet: '农户', row: 5, column: '与户主关系', value: '儿子', code: 'unknownCode', message: '儿子 is not in the list relationToHead' },
    ]);
    await commitJob(t(), officer, job.id);
    const row = await t().ctx.db.selectFrom('households').selectAll().where('householdNo', '=', ok).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ householdType: 'dibao', povertyStatus: 'exited', address: '罕台镇九成功村"三社", 12号', headName: '张秀英' });
  });
});
