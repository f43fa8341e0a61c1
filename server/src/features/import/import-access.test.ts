import { expect, it } from 'vitest';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { buildXlsx, checkFile, uploadFile } from './import-test-support.ts';

describeEachEngine('import: who may import what', (t) => {
  const oneHousehold = async () => {
    const h = buildHouseholdInput({ memberCount: 1 });
    const m = h.members[0];
    return buildXlsx([{ name: 'Sheet1', rows: [
      ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'],
      [h.householdNo, DEFAULT_TEST_VILLAGE, '一般贫困户', '未脱贫', m?.name ?? '', m?.idNumber ?? '', '户主', '普通劳动力'],
    ] }]);
  };

  it('refuses a role without registry:import (403), a file that is not xlsx or csv (400 naming fileName) and a signed-out caller (401)', async () => {
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const refused = await uploadFile(t(), inspector, 'a.xlsx', await oneHousehold());
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const template = await t().app.request('/api/v1/import-templates/households', { headers: inspector.headers });
    expect(template.status).toBe(403);

    const cadre = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const wrongType = await uploadFile(t(), cadre, 'a.txt', Buffer.from('x'));
    expect(wrongType).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field: 'fileName' } });
    const anonymous = await t().app.request('/api/v1/imports?fileName=a.xlsx', { method: 'POST', body: new Uint8Array(await oneHousehold()) });
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 for a job of another region, and refuses villages outside the importer\'s region', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const job = await checkFile(t(), county, 'a.xlsx', await oneHousehold());
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    for (const path of [`/api/v1/imports/${job.id}`, `/api/v1/imports/${job.id}/problems`, `/api/v1/imports/${job.id}/report`]) {
      const res = await request(t(), 'GET', path, { user: beijing });
      expect(res).toMatchObject({ status: 404, body: { code: 'OUT_OF_SCOPE' } });
    }
    expect(await request(t(), 'POST', `/api/v1/imports/${job.id}/commit`, { user: beijing })).toMatchObject({ status: 404 });
    const list = await request<unknown[]>(t(), 'GET', '/api/v1/imports', { user: beijing });
    expect(list.body).toEqual([]);

    const elsewhere = await checkFile(t(), beijing, 'b.xlsx', await oneHousehold());
    expect(elsewhere).toMatchObject({ households: { new: 0, invalid: 1 }, problemCount: 1 });
    const problems = await request<{ items: { code: string; column: string }[] }>(t(), 'GET', `/api/v1/imports/${elsewhere.id}/problems`, { user: beijing });
    expect(problems.body.items).toMatchObject([{ code: 'villageOutOfScope', column: '行政村' }]);
  });

  it('cancels a checked import, after which it cannot be imported; the report lists the problems with an error column', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const job = await checkFile(t(), cadre, 'a.xlsx', await oneHousehold());
    const cancelled = await request(t(), 'POST', `/api/v1/imports/${job.id}/cancel`, { user: cadre });
    expect(cancelled).toMatchObject({ status: 200, body: { status: 'cancelled' } });
    expect(await request(t(), 'POST', `/api/v1/imports/${job.id}/commit`, { user: cadre })).toMatchObject({ status: 400, body: { field: 'status' } });
    const report = await t().app.request(`/api/v1/imports/${job.id}/report`, { headers: cadre.headers });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('spreadsheetml');
  });
});
