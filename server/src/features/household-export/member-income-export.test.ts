import { beforeAll, expect, it } from 'vitest';
import { buildMemberInput, findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import { byHeader, download, readCsv, readWorkbook } from './export-test-helpers.ts';

const MEMBER_HEADERS = ['户编号', '行政村', '村民小组', '户主姓名', '姓名', '身份证号码（脱敏）', '性别', '出生日期', '与户主关系', '民族', '文化程度',
  '在校生状况', '在读年级', '健康状况', '残疾等级', '劳动技能', '务工状况', '务工地点', '务工时间（月）', '务工收入（元）', '参加城乡居民基本医疗保险',
  '参加城乡居民基本养老保险', '参加商业补充医疗保险', '享受低保', '享受特困供养', '联系电话（脱敏）', '是否已去世', '迁入日期'];

const INCOME_HEADERS = ['户编号', '行政村', '户主姓名', '年度', '计算人口', '工资性收入（元）', '生产经营性收入（元）', '生产经营性支出（元）', '财产性收入（元）',
  '转移性收入（元）', '计划生育金（元）', '低保金（元）', '特困供养金（元）', '养老保险金（元）', '生态补偿金（元）', '残疾人补贴（元）', '农业补贴（元）',
  '其他转移性收入（元）', '医疗支出（元）', '教育支出（元）', '家庭纯收入（元）', '人均纯收入（元）', '国家扶贫标准或监测线（元）', '高于标准', '信息来源'];

describeEachEngine('member and income exports', (t) => {
  let county: TestUser;
  let township: TestUser;
  let townshipA: string;
  const households: HouseholdView[] = [];
  /** Plain ID numbers by member id, as registered. */
  const plain = new Map<number, string>();

  beforeAll(async () => {
    county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const villages = await findTestVillages(t(), '150602');
    const first = villages[0] ?? '';
    const other = villages.find((v) => v.slice(0, 9) !== first.slice(0, 9)) ?? '';
    townshipA = first.slice(0, 9);
    township = await createSignedInUser(t(), 'townshipOfficer', townshipA);
    const head = buildMemberInput({ name: '王建国', phone: '13812345678', employmentKind: 'inCounty', employmentPlace: '东胜区', employedMonths: 8, employmentIncome: 1_800_050, hasMedicalInsurance: true });
    const spouse = buildMemberInput({ name: '李秀英', relationToHead: 'spouse', healthStatus: 'chronicIllness', receivesDibao: true });
    households.push(await registerTestHousehold(t(), county, { villageCode: first, villageGroup: '二组', members: [spouse, head], povertyStatus: 'poor' }));
    households.push(await registerTestHousehold(t(), county, { villageCode: first, povertyStatus: 'exited', yearExited: 2020, memberCount: 2 }));
    households.push(await registerTestHousehold(t(), county, { villageCode: other, povertyStatus: 'poor', memberCount: 1 }));
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    await registerTestHousehold(t(), beijing, { villageCode: '110101001001', memberCount: 2 });
    const stored = await t().ctx.db.selectFrom('members').select(['id', 'idNumberEnc']).execute();
    for (const m of stored) plain.set(m.id, t().ctx.cipher.decrypt(m.idNumberEnc));

    const [withIncomes, second] = households;
    if (!withIncomes || !second) throw new Error('households missing');
    await request(t(), 'PUT', `/api/v1/households/${withIncomes.id}/incomes/2019`, { user: county, body: { wageIncome: 600_000, source: 'visit' } });
    await request(t(), 'PUT', `/api/v1/households/${withIncomes.id}/incomes/2020`, {
      user: county, body: { wageIncome: 1_800_050, businessIncome: 300_000, businessCosts: 100_000, transferItems: { dibao: 76_200, pension: 12_345 }, medicalExpenses: 50_000 },
    });
    await request(t(), 'PUT', `/api/v1/households/${second.id}/incomes/2020`, { user: county, body: { wageIncome: 2_000_000 } });
  });

  it('exports every current member of the filtered households, head first, with masked ID and phone numbers', async () => {
    const { res, bytes } = await download(t(), county, `/members?regionCode=${townshipA}`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toMatch(/^家庭成员名单_.+_\d{8}\.xlsx$/);
    expect(res.headers.get('x-row-count')).toBe('4');
    const { names, rows } = await readWorkbook(bytes);
    expect(names).toEqual(['家庭成员名单']);
    expect(rows[0]).toEqual(MEMBER_HEADERS);
    const data = byHeader(rows);
    expect(data.map((r) => r['户编号'])).toEqual([households[0], households[0], households[1], households[1]].map((h) => h?.householdNo));
    const [first] = households;
    const headMember = first?.members.find((m) => m.relationToHead === 'self');
    expect(data[0]).toEqual({
      户编号: first?.householdNo, 行政村: first?.villageName, 村民小组: '二组', 户主姓名: '王建国', 姓名: '王建国', '身份证号码（脱敏）': headMember?.idNumberMasked,
      性别: '男', 出生日期: headMember?.birthDate, 与户主关系: '户主', 民族: '汉族', 文化程度: null, 在校生状况: '非在校生', 在读年级: null, 健康状况: '健康',
      残疾等级: '无', 劳动技能: '普通劳动力', 务工状况: '县内务工', 务工地点: '东胜区', '务工时间（月）': 8, '务工收入（元）': 18000.5,
      参加城乡居民基本医疗保险: '是', 参加城乡居民基本养老保险: '否', 参加商业补充医疗保险: '否', 享受低保: '否', 享受特困供养: '否',
      '联系电话（脱敏）': '138****5678', 是否已去世: '否', 迁入日期: null,
    });
    expect(data[1]).toMatchObject({ 姓名: '李秀英', 与户主关系: '配偶', 健康状况: '长期慢性病', 享受低保: '是' });
    for (const id of plain.values()) expect(bytes.includes(Buffer.from(id))).toBe(false);
    expect(bytes.includes(Buffer.from('13812345678'))).toBe(false);
  });

  it('exports full ID numbers only to a role that may, when asked, and audits which it was', async () => {
    const { res, bytes } = await download(t(), county, `/members?regionCode=${townshipA}&idNumbers=unmasked&format=csv`);
    expect(res.status).toBe(200);
    const [header, ...lines] = readCsv(bytes);
    expect(header?.[5]).toBe('身份证号码');
    expect(header?.[25]).toBe('联系电话');
    const head = households[0]?.members.find((m) => m.relationToHead === 'self');
    expect(lines[0]?.[5]).toBe(head ? plain.get(head.id) : 'missing');
    expect(lines[0]?.[25]).toBe('13812345678');
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'export').where('actorId', '=', county.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'member', regionCode: townshipA, actorName: county.username });
    expect(JSON.parse(audit.details)).toEqual({ format: 'csv', lang: 'zh', filters: { regionCode: townshipA }, rowCount: 4, idNumbers: 'unmasked' });

    const refused = await request(t(), 'GET', '/api/v1/households/export/members?idNumbers=unmasked', { user: township });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', field: 'idNumbers' });
    const refusedRoll = await request(t(), 'GET', '/api/v1/households/export?idNumbers=unmasked', { user: township });
    expect(refusedRoll.body).toMatchObject({ code: 'FORBIDDEN', field: 'idNumbers' });
    const masked = await download(t(), township, '/members?format=csv');
    expect(readCsv(masked.bytes).slice(1).map((l) => l[5])).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/)]));
  });

  it('keeps to the user\'s region and the list\'s filters', async () => {
    const own = byHeader((await readWorkbook((await download(t(), township, '/members')).bytes)).rows);
    expect(new Set(own.map((r) => r['户编号']))).toEqual(new Set([households[0]?.householdNo, households[1]?.householdNo]));
    const outside = await download(t(), township, `/members?regionCode=${households[2]?.villageCode ?? ''}`);
    expect(outside.res.headers.get('x-row-count')).toBe('0');
    const exited = byHeader((await readWorkbook((await download(t(), county, '/members?povertyStatus=exited')).bytes)).rows);
    expect(exited.map((r) => r['户编号'])).toEqual([households[1]?.householdNo, households[1]?.householdNo]);
    const all = await download(t(), county, '/members?format=csv');
    expect(readCsv(all.bytes).slice(1).every((l) => l[0]?.startsWith('150602'))).toBe(true);
    expect(all.res.headers.get('x-row-count')).toBe('5');
  });

  it('exports incomes by household and year against the line of that year, in yuan', async () => {
    const { res, bytes } = await download(t(), county, '/incomes');
    expect(res.headers.get('x-row-count')).toBe('3');
    const { names, rows } = await readWorkbook(bytes);
    expect(names).toEqual(['收入情况']);
    expect(rows[0]).toEqual(INCOME_HEADERS);
    const [first, second] = households;
    // 2020: 18 000.50 + 3 000 + 885.45 − 1 000 = 20 885.95 yuan for 2 people; the 2020 line is 4 000.
    expect(rows.slice(1)).toEqual([
      [first?.householdNo, first?.villageName, '王建国', 2019, 2, 6000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6000, 3000, 3218, '否', '入户走访'],
      [first?.householdNo, first?.villageName, '王建国', 2020, 2, 18000.5, 3000, 1000, 0, 885.45, 0, 762, 0, 123.45, 0, 0, 0, 0, 500, 0, 20885.95, 10442.98, 4000, '是', '手工录入'],
      [second?.householdNo, second?.villageName, second?.headName, 2020, 2, 20000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20000, 10000, 4000, '是', '手工录入'],
    ]);

    const year = await download(t(), county, '/incomes?year=2019&format=csv&lang=en');
    expect(decodeURIComponent(year.res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toMatch(/^incomes_2019_150602_\d{8}\.csv$/);
    const csv = readCsv(year.bytes);
    expect(csv[0]?.slice(0, 6)).toEqual(['Household number', 'Village', 'Head of household', 'Year', 'Household size', 'Wage income (yuan)']);
    expect(csv.slice(1).map((l) => [l[0], l[3], l[5], l[21], l[23]])).toEqual([[first?.householdNo, '2019', '6000.00', '3000.00', 'No']]);
    const audit = await t().ctx.db.selectFrom('auditLog').select(['entityType', 'details']).where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.entityType).toBe('income');
    expect(JSON.parse(audit.details)).toEqual({ format: 'csv', lang: 'en', filters: { year: 2019 }, rowCount: 1, idNumbers: 'masked' });

    const outsider = await createSignedInUser(t(), 'villageCadre', households[2]?.villageCode ?? '');
    expect((await download(t(), outsider, '/incomes')).res.headers.get('x-row-count')).toBe('0');
  });

  it('refuses a bad year or format naming the field, and anyone not signed in', async () => {
    const year = await request(t(), 'GET', '/api/v1/households/export/incomes?year=1900', { user: county });
    expect(year.status).toBe(400);
    expect(year.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    const masking = await request(t(), 'GET', '/api/v1/households/export/members?idNumbers=plain', { user: county });
    expect(masking.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'idNumbers' });
    expect((await request(t(), 'GET', '/api/v1/households/export/members')).status).toBe(401);
  });
});
