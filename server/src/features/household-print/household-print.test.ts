import { beforeAll, expect, it } from 'vitest';
import { buildMemberInput, findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import { createTestCadre, pairTestCadre } from '../assistance/assistance-test-support.ts';
import type { HouseholdView } from '../households/households.schemas.ts';

describeEachEngine('household handbook and card print pages', (t) => {
  let county: TestUser;
  let village: string;
  let otherVillage: string;
  let zhang: HouseholdView;
  const plainIds: string[] = [];

  async function page(user: TestUser, path: string) {
    const res = await t().app.request(`/api/v1${path}`, { headers: user.headers });
    return { res, html: await res.text() };
  }

  beforeAll(async () => {
    county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const villages = await findTestVillages(t(), '150602');
    village = villages[0] ?? '';
    otherVillage = villages.find((v) => v.slice(0, 9) !== village.slice(0, 9)) ?? '';
    zhang = await registerTestHousehold(t(), county, {
      villageCode: village, villageGroup: '三组', phone: '13900001111', mainCause: 'illness', otherCauses: ['skills', 'capital'], housingGrade: 'B',
      members: [buildMemberInput({ name: '张海<b>燕' }), buildMemberInput({ name: '张小明', relationToHead: 'son', schoolStatus: 'primary', schoolGrade: 3 })],
    });
    await registerTestHousehold(t(), county, { villageCode: village, povertyStatus: 'exited', yearExited: 2020 });
    await registerTestHousehold(t(), county, { villageCode: otherVillage });
    const stored = await t().ctx.db.selectFrom('members').select('idNumberEnc').execute();
    plainIds.push(...stored.map((m) => t().ctx.cipher.decrypt(m.idNumberEnc)));
    await request(t(), 'PUT', `/api/v1/households/${zhang.id}/incomes/2019`, { user: county, body: { wageIncome: 500_000 } });
    await request(t(), 'PUT', `/api/v1/households/${zhang.id}/incomes/2020`, { user: county, body: { wageIncome: 1_000_000 } });
    await request(t(), 'POST', `/api/v1/households/${zhang.id}/basic-needs-checks`, {
      user: county, body: { checkedOn: '2020-10-01', items: { food: 'pass', clothing: 'pass', compulsoryEducation: 'pass', medicalInsurance: 'fail', housingSafety: 'pass', drinkingWaterSafety: 'notApplicable' } },
    });
    const measure = await request(t(), 'POST', `/api/v1/households/${zhang.id}/measures`, {
      user: county, body: { measureType: 'industrySubsidy', startDate: '2020-03-01', amount: 300_000, providerName: '东胜区农牧局' },
    });
    expect(measure.status).toBe(201);
    const { cadre } = await createTestCadre(t(), county, { name: '李帮扶' });
    await pairTestCadre(t(), county, cadre.id, zhang.id, '2020-01-01');
  });

  it('prints a household\'s handbook: facts, members, causes, incomes against the line, checks; A4, masked, escaped', async () => {
    const { res, html } = await page(county, `/households/${zhang.id}/print/handbook`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain('<h1>扶贫手册</h1>');
    expect(html).toContain('<p class="subtitle">东胜区 ');
    expect(html).toContain(zhang.villageName ?? 'village name missing');
    for (const expected of ['一、家庭基本情况', zhang.householdNo, '三组', '139****1111', '二、家庭成员情况', '张海&lt;b&gt;燕', '张小明', '之子', '小学',
      '三、致贫原因', '因病', '缺技术、缺资金', 'B级（基本安全）', '四、家庭收入情况', '3,218.00（扶贫标准）', '4,000.00（扶贫标准）',
      '五、“两不愁三保障”及饮水安全核查', '2020-10-01', '基本医疗有保障：<span class="fail">未达标</span>', '饮水安全有保障：不适用',
      '六、帮扶责任人', '<td>李帮扶</td><td>东胜区农牧局</td><td>科员</td><td>13800000000</td><td>2020-01-01</td>',
      '七、帮扶措施', '<td>产业奖补</td><td>—</td><td>2020-03-01</td><td>3,000.00</td><td>东胜区农牧局</td><td>实施中</td>', '户主签字']) {
      expect(html).toContain(expected);
    }
    expect(html).not.toContain('张海<b>燕');
    // 2019: 5 000 yuan ÷ 2 = 2 500 < 3 218; 2020: 10 000 ÷ 2 = 5 000 > 4 000.
    expect(html).toMatch(/2,500\.00<\/td><td>3,218\.00（扶贫标准）<\/td><td><span class="fail">低于<\/span>/);
    expect(html).toMatch(/5,000\.00<\/td><td>4,000\.00（扶贫标准）<\/td><td>高于/);
    for (const member of zhang.members) expect(html).toContain(member.idNumberMasked);
    for (const id of plainIds) expect(html).not.toContain(id);
    expect(html).not.toContain('13900001111');

    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'householdHandbook', entityId: String(zhang.id), regionCode: village, actorId: county.id });
    expect(JSON.parse(audit.details)).toEqual({ format: 'html', document: 'handbook', households: 1, idNumbers: 'masked' });
  });

  it('prints a household\'s card on one page', async () => {
    const { res, html } = await page(county, `/households/${zhang.id}/print/card`);
    expect(res.status).toBe(200);
    expect(html.match(/<article class="document card">/g)).toHaveLength(1);
    for (const expected of ['扶贫明白卡', '张海&lt;b&gt;燕', '因病', '收入年度', '5,000.00', '4,000.00（扶贫标准）', '基本医疗有保障：<span class="fail">未达标</span>',
      '<td>李帮扶</td>', '13800000000', '<td>产业奖补</td>']) {
      expect(html).toContain(expected);
    }
    for (const id of plainIds) expect(html).not.toContain(id);
  });

  it('lists the latest five measures on the card (so it stays one page) and every measure in the handbook', async () => {
    const many = await registerTestHousehold(t(), county, { villageCode: otherVillage });
    for (let month = 1; month <= 7; month++) {
      const res = await request(t(), 'POST', `/api/v1/households/${many.id}/measures`, { user: county, body: { measureType: 'consumption', startDate: `2021-0${month}-01`, inKind: `第${month}批` } });
      expect(res.status).toBe(201);
    }
    const card = (await page(county, `/households/${many.id}/print/card`)).html;
    expect(card.match(/<td>消费帮扶<\/td>/g)).toHaveLength(5);
    expect(card).toContain('<td>2021-07-01</td>');
    expect(card).not.toContain('<td>2021-02-01</td>');
    expect(card).toContain('另有 2 项帮扶措施，详见扶贫手册。');
    const handbook = (await page(county, `/households/${many.id}/print/handbook`)).html;
    expect(handbook.match(/<td>消费帮扶<\/td>/g)).toHaveLength(7);
  });

  it('prints a whole village, one card per page, as the list filters it, and audits the count', async () => {
    const { res, html } = await page(county, `/villages/${village}/print/card`);
    expect(res.status).toBe(200);
    expect(html.match(/<article class="document card">/g)).toHaveLength(2);
    expect(html).toContain('.document { break-after: page; page-break-after: always; }');
    expect(html).toContain('打印（共 2 份）');
    for (const id of plainIds) expect(html).not.toContain(id);
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'householdCard', entityId: null, regionCode: village });
    expect(JSON.parse(audit.details)).toEqual({ format: 'html', document: 'card', households: 2, idNumbers: 'masked', filters: {} });

    const exited = await page(county, `/villages/${village}/print/handbook?povertyStatus=exited`);
    expect(exited.html.match(/<article class="document handbook">/g)).toHaveLength(1);
    expect(exited.html).not.toContain(zhang.householdNo);
  });

  it('answers 404 for a household or village outside the region, and refuses what is not a village', async () => {
    const township = await createSignedInUser(t(), 'townshipOfficer', otherVillage.slice(0, 9));
    const household = await request(t(), 'GET', `/api/v1/households/${zhang.id}/print/card`, { user: township });
    expect(household.status).toBe(404);
    expect(household.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    const villagePage = await request(t(), 'GET', `/api/v1/villages/${village}/print/card`, { user: township });
    expect(villagePage.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    const unknown = await request(t(), 'GET', `/api/v1/villages/${village.slice(0, 9)}999/print/card`, { user: county });
    expect(unknown.status).toBe(404);
    const badCode = await request(t(), 'GET', '/api/v1/villages/1506/print/card', { user: county });
    expect(badCode.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'villageCode' });
    const badDocument = await request(t(), 'GET', `/api/v1/households/${zhang.id}/print/poster`, { user: county });
    expect(badDocument.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'document' });
    expect((await request(t(), 'GET', `/api/v1/households/${zhang.id}/print/card`)).status).toBe(401);
  });
});
