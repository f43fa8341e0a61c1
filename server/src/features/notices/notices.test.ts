import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { advanceIdentification, createOfficials, daysAgo, openTestApplication } from '../procedures/procedure-test-support.ts';
import type { NoticePosting, NoticeView } from './notices.schemas.ts';

const VILLAGE = '150602101205';

describeEachEngine('notices: printable page and workbook', (t) => {
  async function postedNotice() {
    const officials = await createOfficials(t(), VILLAGE);
    const applications = [await openTestApplication(t(), officials.cadre, 60, VILLAGE), await openTestApplication(t(), officials.cadre, 60, VILLAGE)];
    for (const a of applications) await advanceIdentification(t(), officials, a.procedure.id, 'firstNotice');
    return { officials, applications };
  }

  it('lists the notice with its period and only what a notice may show', async () => {
    const { officials, applications } = await postedNotice();
    const postings = await request<NoticePosting[]>(t(), 'GET', `/api/v1/notices?regionCode=${VILLAGE}`, { user: officials.township });
    expect(postings.body).toContainEqual(expect.objectContaining({ villageCode: VILLAGE, step: 'firstNotice', startsOn: daysAgo(t(), 59), endsOn: daysAgo(t(), 53), isPosted: false, households: 2 }));

    const notice = await request<NoticeView>(t(), 'GET', `/api/v1/notices/content?villageCode=${VILLAGE}&step=firstNotice`, { user: officials.cadre });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ step: 'firstNotice', startsOn: daysAgo(t(), 59), endsOn: daysAgo(t(), 53) });
    expect(notice.body.title).toMatch(/贫困户识别第一次公示$/);
    const heads = applications.map((a) => a.household.members.find((m) => m.relationToHead === 'self'));
    expect(notice.body.entries.map((e) => e.headName).sort()).toEqual(heads.map((h) => h?.name).sort());
    expect(notice.body.entries.every((e) => e.mainCause === '因病' && /^\d{4}\*+\w{4}$/.test(e.idNumberMasked ?? ''))).toBe(true);
    expect(Object.keys(notice.body.entries[0] ?? {}).sort()).toEqual(['headName', 'idNumberMasked', 'mainCause', 'villageName']);
  });

  it('prints an A4 page with masked ID numbers, and exports the same as Excel; both audited', async () => {
    const { officials, applications } = await postedNotice();
    const res = await t().app.request(`/api/v1/notices/print?villageCode=${VILLAGE}&step=firstNotice`, { headers: officials.cadre.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('size: A4');
    expect(html).toContain('Noto Serif CJK SC');
    const start = daysAgo(t(), 59).split('-').map(Number);
    expect(html).toContain(`公示期为${start[0]}年${start[1]}月${start[2]}日至`);
    for (const { household } of applications) {
      const head = household.members.find((m) => m.relationToHead === 'self');
      expect(html).toContain(head?.name ?? '-');
      expect(html).toContain(head?.idNumberMasked ?? '-');
      expect(html).not.toContain(household.householdNo);
    }

    const xlsx = await t().app.request(`/api/v1/notices/export?villageCode=${VILLAGE}&step=firstNotice&startsOn=${daysAgo(t(), 59)}`, { headers: officials.cadre.headers });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('公示');
    expect(String(sheet?.getCell('A1').value)).toMatch(/贫困户识别第一次公示$/);
    expect(sheet?.getRow(3).values).toEqual([undefined, '序号', '户主姓名', '公民身份号码', '所在村', '致贫原因']);
    const content = await request<NoticeView>(t(), 'GET', `/api/v1/notices/content?villageCode=${VILLAGE}&step=firstNotice`, { user: officials.cadre });
    expect(content.body.entries.length).toBeGreaterThanOrEqual(2);
    expect(sheet?.rowCount).toBe(3 + content.body.entries.length);
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('entityType', '=', 'notice').where('actorId', '=', officials.cadre.id).execute();
    expect(audit.map((a) => JSON.parse(a.details).format).sort()).toEqual(['html', 'xlsx']);
  });

  it('keeps notices inside the region and refuses bad input, naming the field', async () => {
    const { officials } = await postedNotice();
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    const hidden = await request(t(), 'GET', `/api/v1/notices/content?villageCode=${VILLAGE}&step=firstNotice`, { user: outsider });
    expect(hidden.status).toBe(404);
    expect((await request<NoticePosting[]>(t(), 'GET', '/api/v1/notices', { user: outsider })).body).toEqual([]);
    const badStep = await request(t(), 'GET', `/api/v1/notices/content?villageCode=${VILLAGE}&step=announcement`, { user: officials.cadre });
    expect(badStep.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'step' });
    const notVillage = await request(t(), 'GET', '/api/v1/notices/content?villageCode=150602101&step=firstNotice', { user: officials.cadre });
    expect(notVillage.body).toMatchObject({ code: 'REGION_NOT_VILLAGE', field: 'villageCode' });
    const none = await request(t(), 'GET', `/api/v1/notices/content?villageCode=${VILLAGE}&step=secondNotice`, { user: officials.cadre });
    expect(none.status).toBe(404);
  });
});
