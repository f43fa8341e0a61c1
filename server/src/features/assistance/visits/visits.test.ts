import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../../test/test-context.ts';
import { setUpPairedHousehold } from '../assistance-test-support.ts';

interface Problem { code: string; field?: string }
interface VisitBody { id: string; cadreId: string | null; cadreName: string | null; visitDate: string; photos: { id: string; contentType: string; sizeBytes: number }[]; followUpDoneAt: string | null; householdSigned: boolean }

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

async function upload(t: TestApp, user: TestUser, visitId: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('photo', new File([bytes], name, { type: 'image/png' }));
  const res = await t.app.request(`/api/v1/visits/${visitId}/photos`, { method: 'POST', headers: user.headers, body: form });
  return { status: res.status, body: (await res.json()) as VisitBody & Problem };
}

describeEachEngine('visits API', (t) => {
  it('records a paired cadre\'s visit with location, photo and follow-up', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    const { household, cadre, cadreUser, officer } = await setUpPairedHousehold(t());
    const res = await request<VisitBody>(t(), 'POST', `/api/v1/households/${household.id}/visits`, {
      user: cadreUser,
      body: { visitDate: '2024-06-28', purpose: 'routine', notes: '户主病情稳定，已申请医疗救助', latitude: 39.8, longitude: 109.9, householdSigned: true, followUp: '跟进医疗救助审批', followUpDue: '2024-07-15' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ cadreId: cadre.id, visitDate: '2024-06-28', householdSigned: true, photos: [] });

    const photo = await upload(t(), cadreUser, res.body.id, PNG, 'a.png');
    expect(photo.status).toBe(201);
    expect(photo.body.photos).toMatchObject([{ contentType: 'image/png', sizeBytes: PNG.byteLength }]);
    const photoId = photo.body.photos[0]?.id ?? '';
    const image = await t().app.request(`/api/v1/visit-photos/${photoId}`, { headers: officer.headers });
    expect(image.status).toBe(200);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await t().app.request(`/api/v1/visit-photos/${photoId}`, { headers: outsider.headers })).status).toBe(404);

    const done = await request<VisitBody>(t(), 'POST', `/api/v1/visits/${res.body.id}/follow-up-done`, { user: cadreUser });
    expect(done.body.followUpDoneAt).not.toBeNull();
    const list = await request<VisitBody[]>(t(), 'GET', `/api/v1/households/${household.id}/visits`, { user: officer });
    expect(list.body.map((v) => v.id)).toEqual([res.body.id]);
  });

  it('refuses a photo that is not an image or too large, and keeps nothing', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    const { household, cadreUser } = await setUpPairedHousehold(t());
    const visit = await request<VisitBody>(t(), 'POST', `/api/v1/households/${household.id}/visits`, { user: cadreUser, body: { visitDate: '2024-06-30', purpose: 'routine', notes: '走访' } });
    const text = await upload(t(), cadreUser, visit.body.id, new TextEncoder().encode('<html>not a photo</html>'), 'fake.png');
    expect([text.status, text.body.code, text.body.field]).toEqual([422, 'PHOTO_REJECTED', 'photo']);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    const large = await upload(t(), cadreUser, visit.body.id, big, 'big.png');
    expect([large.status, large.body.code]).toEqual([422, 'PHOTO_REJECTED']);
    expect(await t().ctx.db.selectFrom('visitPhotos').select('id').where('visitId', '=', visit.body.id).execute()).toEqual([]);
  });

  it('refuses a visit dated in the future or beyond the backdating window', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    const { household, cadreUser, officer } = await setUpPairedHousehold(t());
    const url = `/api/v1/households/${household.id}/visits`;
    const body = { purpose: 'routine', notes: '走访' };
    const future = await request<Problem>(t(), 'POST', url, { user: cadreUser, body: { ...body, visitDate: '2024-07-01' } });
    expect([future.status, future.body.code, future.body.field]).toEqual([422, 'VISIT_DATE_FUTURE', 'visitDate']);
    const old = await request<Problem>(t(), 'POST', url, { user: cadreUser, body: { ...body, visitDate: '2024-05-30' } });
    expect([old.status, old.body.code]).toEqual([422, 'VISIT_BACKDATED']);
    expect((await request(t(), 'POST', url, { user: cadreUser, body: { ...body, visitDate: '2024-05-31' } })).status).toBe(201);
    await request(t(), 'PUT', '/api/v1/assistance-settings/150602', { user: officer, body: { maxPairingLoad: 5, visitBackdateDays: 3, visitIntervalDays: 30 } });
    const narrow = await request<Problem>(t(), 'POST', url, { user: cadreUser, body: { ...body, visitDate: '2024-06-26' } });
    expect(narrow.body.code).toBe('VISIT_BACKDATED');
    await request(t(), 'PUT', '/api/v1/assistance-settings/150602', { user: officer, body: { maxPairingLoad: 5, visitBackdateDays: 30, visitIntervalDays: 30 } });
    const halfLocation = await request<Problem>(t(), 'POST', url, { user: cadreUser, body: { ...body, visitDate: '2024-06-30', latitude: 39.8 } });
    expect([halfLocation.status, halfLocation.body.field]).toEqual([400, 'longitude']);
  });

  it('lets a paired cadre visit only paired households', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    const first = await setUpPairedHousehold(t());
    const second = await setUpPairedHousehold(t());
    const res = await request<Problem>(t(), 'POST', `/api/v1/households/${second.household.id}/visits`, { user: first.cadreUser, body: { visitDate: '2024-06-30', purpose: 'routine', notes: '走访' } });
    expect([res.status, res.body.code]).toEqual([403, 'NOT_PAIRED']);
  });
});
