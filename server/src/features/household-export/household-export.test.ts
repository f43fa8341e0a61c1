import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import { download, readCsv, readWorkbook } from './export-test-helpers.ts';
import { householdExportQuerySchema } from './household-export.schemas.ts';
import { startHouseholdExport } from './household-export.service.ts';

const ZH_HEADERS = ['户编号', '行政村', '村民小组', '户主姓名', '户主身份证号码（脱敏）', '家庭人口数', '贫困户属性', '贫困状态',
  '主要致贫原因', '其他致贫原因', '识别年度', '脱贫年度', '最新人均纯收入（元）', '收入年度'];

function plainIdNumbers(households: readonly HouseholdView[], inputs: Map<number, string[]>): string[] {
  return households.flatMap((h) => inputs.get(h.id) ?? []);
}

describeEachEngine('household list export', (t) => {
  let officer: TestUser;
  let townshipA: string;
  let townshipB: string;
  const households: HouseholdView[] = [];
  /** Plain ID numbers of each household's members, as registered. */
  const idNumbers = new Map<number, string[]>();

  beforeAll(async () => {
    officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const villages = await findTestVillages(t(), '150602');
    const first = villages[0] ?? '';
    const other = villages.find((v) => v.slice(0, 9) !== first.slice(0, 9)) ?? '';
    townshipA = first.slice(0, 9);
    townshipB = other.slice(0, 9);
    const plans = [
      { villageCode: first, povertyStatus: 'poor' as const, mainCause: 'illness' as const, otherCauses: ['skills' as const, 'labour' as const], villageGroup: '三组' },
      { villageCode: first, povertyStatus: 'exited' as const, mainCause: 'disability' as const, otherCauses: [], yearExited: 2019 },
      { villageCode: first, povertyStatus: 'poor' as const, householdType: 'dibao' as const },
      { villageCode: other, povertyStatus: 'poor' as const },
    ];
    for (const plan of plans) {
      const h = await registerTestHousehold(t(), officer, plan);
      households.push(h);
      const stored = await t().ctx.db.selectFrom('members').select('idNumberEnc').where('householdId', '=', h.id).execute();
      idNumbers.set(h.id, stored.map((m) => t().ctx.cipher.decrypt(m.idNumberEnc)));
    }
    const [withIncome] = households;
    if (!withIncome) throw new Error('household missing');
    await request(t(), 'PUT', `/api/v1/households/${withIncome.id}/incomes/2019`, { user: officer, body: { wageIncome: 600_000 } });
    // 3 members, 1 234 567 fen → 411 522.33 → 411 522 fen per person.
    await request(t(), 'PUT', `/api/v1/households/${withIncome.id}/incomes/2020`, { user: officer, body: { wageIncome: 1_234_567 } });
  });

  it('streams an Excel workbook of the list with Chinese headers, labels and masked ID numbers', async () => {
    const { res, bytes } = await download(t(), officer, '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="households_150602_\d{8}\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toMatch(/^农户名单_东胜区_\d{8}\.xlsx$/);
    expect(res.headers.get('x-row-count')).toBe('4');

    const { names, rows } = await readWorkbook(bytes);
    expect(names).toEqual(['农户名单']);
    expect(rows[0]).toEqual(ZH_HEADERS);
    expect(rows).toHaveLength(5);
    const data = rows.slice(1);
    expect(data.map((r) => r[0])).toEqual(households.map((h) => h.householdNo).sort());
    const [first] = households;
    const row = data.find((r) => r[0] === first?.householdNo);
    const head = first?.members.find((m) => m.relationToHead === 'self');
    expect(row).toEqual([first?.householdNo, first?.villageName, '三组', first?.headName, head?.idNumberMasked, 3, '一般贫困户', '未脱贫',
      '因病', '缺技术、缺劳力', 2016, null, 4115.22, 2020]);
    expect(head?.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const cells = JSON.stringify(rows);
    for (const id of plainIdNumbers(households, idNumbers)) {
      expect(cells).not.toContain(id);
      expect(bytes.includes(Buffer.from(id))).toBe(false);
    }
  });

  it('applies the list filters and the region, and audits each export with its filters and row count', async () => {
    const { res, bytes } = await download(t(), officer, `?regionCode=${townshipA}&povertyStatus=poor`);
    expect(res.headers.get('x-row-count')).toBe('2');
    const { rows } = await readWorkbook(bytes);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual([households[0], households[2]].map((h) => h?.householdNo).sort());

    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'export').where('actorId', '=', officer.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'household', regionCode: townshipA });
    expect(JSON.parse(audit.details)).toEqual({ format: 'xlsx', lang: 'zh', filters: { regionCode: townshipA, povertyStatus: ['poor'] }, rowCount: 2, idNumbers: 'masked' });

    const typed = await download(t(), officer, '?householdType=dibao&mainCause=illness');
    expect((await readWorkbook(typed.bytes)).rows.slice(1).map((r) => r[0])).toEqual([households[2]?.householdNo]);
  });

  it('finds a household by a full ID number and audits only its masked form', async () => {
    const target = households[3];
    const id = target ? idNumbers.get(target.id)?.[1] : undefined;
    if (!target || !id) throw new Error('member missing');
    const { bytes } = await download(t(), officer, `?idNumber=${id}`);
    expect((await readWorkbook(bytes)).rows.slice(1).map((r) => r[0])).toEqual([target.householdNo]);
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.details).not.toContain(id);
    expect(JSON.parse(audit.details)).toMatchObject({ filters: { idNumber: `${id.slice(0, 4)}**********${id.slice(-4)}` }, rowCount: 1 });
  });

  it('writes CSV with a UTF-8 byte-order mark, in English when asked', async () => {
    const { res, bytes } = await download(t(), officer, '?format=csv&lang=en&povertyStatus=poor,exited');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toMatch(/^households_150602_\d{8}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Household number,Village,Village group,Head of household,Head\'s ID number (masked),Members,Household type,'
      + 'Poverty status,Main cause of poverty,Other causes of poverty,Year identified,Year exited,Latest net income per capita (yuan),Income year');
    expect(lines).toHaveLength(5);
    const first = lines.find((l) => l.startsWith(households[0]?.householdNo ?? '-'));
    expect(first).toContain(',General poor household,Poor (not exited),Illness,"Lack of skills, Lack of labour",2016,,4115.22,2020');
    for (const id of plainIdNumbers(households, idNumbers)) expect(bytes.includes(Buffer.from(id))).toBe(false);

    const zh = await download(t(), officer, '?format=csv');
    expect(zh.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(ZH_HEADERS.join(','));
  });

  it('exports only the actor\'s region', async () => {
    const townshipOfficer = await createSignedInUser(t(), 'townshipOfficer', townshipB);
    const own = await download(t(), townshipOfficer, '');
    expect((await readWorkbook(own.bytes)).rows.slice(1).map((r) => r[0])).toEqual([households[3]?.householdNo]);
    const other = await download(t(), townshipOfficer, `?regionCode=${townshipA}`);
    expect(other.res.headers.get('x-row-count')).toBe('0');
    expect((await readWorkbook(other.bytes)).rows).toEqual([ZH_HEADERS]);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await readWorkbook((await download(t(), outsider, '?regionCode=150602')).bytes)).rows).toHaveLength(1);
  });

  it('records the export before the file is sent, so an abandoned download is on record', async () => {
    const before = await t().ctx.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'export').executeTakeFirstOrThrow();
    const res = await t().app.request('/api/v1/households/export?format=csv', { headers: officer.headers });
    await res.body?.cancel();
    const after = await t().ctx.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'export').executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });

  it('pages through each village in batches without losing or repeating a household', async () => {
    const actor: Actor = { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
    const file = await startHouseholdExport(t().ctx, actor, householdExportQuerySchema.parse({ format: 'csv' }), { batchSize: 3 });
    const text = Buffer.from(await new Response(file.body).arrayBuffer()).toString('utf8');
    const numbers = text.slice(1).trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(numbers).toEqual(households.map((h) => h.householdNo).sort());
  });

  it('writes the heads\' full ID numbers when a permitted role asks, and audits it as unmasked', async () => {
    const { res, bytes } = await download(t(), officer, '?idNumbers=unmasked&format=csv');
    expect(res.status).toBe(200);
    const [header, ...lines] = readCsv(bytes);
    expect(header?.[4]).toBe('户主身份证号码');
    for (const h of households) {
      const head = h.members.find((m) => m.relationToHead === 'self');
      const stored = await t().ctx.db.selectFrom('members').select('idNumberEnc').where('id', '=', head?.id ?? 0).executeTakeFirstOrThrow();
      const line = lines.find((l) => l[0] === h.householdNo);
      expect(line?.[4]).toBe(t().ctx.cipher.decrypt(stored.idNumberEnc));
      expect(line?.[4]).toMatch(/^\d{17}[\dX]$/);
    }
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ rowCount: 4, idNumbers: 'unmasked' });
  });

  it('refuses an unknown format or a malformed ID number, naming the field', async () => {
    const format = await request(t(), 'GET', '/api/v1/households/export?format=pdf', { user: officer });
    expect(format.status).toBe(400);
    expect(format.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'format' });
    const id = await request(t(), 'GET', '/api/v1/households/export?idNumber=150602198001', { user: officer });
    expect(id.body).toMatchObject({ code: 'ID_NUMBER_INVALID', field: 'idNumber' });
    expect((await request(t(), 'GET', '/api/v1/households/export')).status).toBe(401);
  });
});
