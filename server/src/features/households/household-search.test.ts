import { beforeAll, expect, it } from 'vitest';
import { buildMemberInput, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { Actor } from '../../access/actor.ts';
import { searchHouseholds } from './household-search.repository.ts';
import type { HouseholdView } from './households.schemas.ts';

interface Page { items: { id: string; householdNo: string; headName: string; villageName: string | null }[]; total: number; page: number; pageSize: number }

const VILLAGE_A = '150602101201';
const VILLAGE_B = '150602101202';
const VILLAGE_C = '150602100200';

describeEachEngine('household search', (t) => {
  let officer: TestUser;
  const ids = { spouseOfZhang: makeIdNumber({ gender: 'female', birthDate: '1968-03-04' }), headOfWangXiuying: makeIdNumber({ gender: 'female', birthDate: '1959-11-30' }) };
  let wangXiuying: HouseholdView | undefined;

  async function register(t: TestApp, user: TestUser, householdNo: string, villageCode: string, headName: string, fields: Record<string, unknown>, headId?: string) {
    const head = buildMemberInput({ name: headName, ...(headId ? { idNumber: headId, gender: 'female' as const } : {}) });
    return registerTestHousehold(t, user, { householdNo, villageCode, members: [head, buildMemberInput({ relationToHead: 'son' })], ...fields });
  }

  beforeAll(async () => {
    officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    // One minute apart, so that sorting by time of change has something to sort.
    const start = t().clock.now;
    const tick = (minutes: number) => { t().clock.now = new Date(start.getTime() + minutes * 60_000); };
    tick(1);
    await register(t(), officer, '15060210120100001', VILLAGE_A, '王建国', { povertyStatus: 'poor', householdType: 'general', mainCause: 'illness', otherCauses: [], yearIdentified: 2015 });
    tick(2);
    wangXiuying = await register(t(), officer, '15060210120100002', VILLAGE_A, '王秀英', { povertyStatus: 'exited', householdType: 'dibao', mainCause: 'disability', otherCauses: [], yearIdentified: 2016, yearExited: 2019 }, ids.headOfWangXiuying);
    tick(3);
    await register(t(), officer, '15060210120200001', VILLAGE_B, '李志强', { povertyStatus: 'poor', householdType: 'general', mainCause: 'schooling', otherCauses: [], yearIdentified: 2016 });
    tick(4);
    await registerTestHousehold(t(), officer, {
      householdNo: '15060210020000001', villageCode: VILLAGE_C, povertyStatus: 'relapsed', householdType: 'extremePovertySupport', mainCause: 'illness', otherCauses: [], yearIdentified: 2014,
      members: [buildMemberInput({ name: '张海燕' }), buildMemberInput({ relationToHead: 'spouse', idNumber: ids.spouseOfZhang })],
    });
    await register(t(), beijing, '11010100100100001', '110101001001', '王五', { povertyStatus: 'poor', yearIdentified: 2015 });
    t().clock.now = start;
  });

  async function search(query: string, user = officer) {
    const res = await request<Page>(t(), 'GET', `/api/v1/households?${query}`, { user });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  const namesOf = (page: Page) => page.items.map((i) => i.headName);

  it('finds households by the start of the head\'s name, only inside the region', async () => {
    expect(namesOf(await search(`q=${encodeURIComponent('王')}`)).sort()).toEqual(['王建国', '王秀英']);
    expect(namesOf(await search(`q=${encodeURIComponent('王秀')}`))).toEqual(['王秀英']);
    expect((await search(`q=${encodeURIComponent('赵')}`)).total).toBe(0);
  });

  it('finds households by the start of the household number', async () => {
    expect(namesOf(await search('q=150602101202'))).toEqual(['李志强']);
    expect(namesOf(await search('q=15060210120100002'))).toEqual(['王秀英']);
    expect((await search('q=150602101201')).total).toBe(2);
    expect((await search('q=110101')).total).toBe(0);
  });

  it('finds the household of a full ID number and by the last four characters', async () => {
    expect(namesOf(await search(`idNumber=${ids.spouseOfZhang}`))).toEqual(['张海燕']);
    expect(namesOf(await search(`idNumber=${ids.spouseOfZhang.toLowerCase()}`))).toEqual(['张海燕']);
    const byTail = await search(`idTail=${ids.headOfWangXiuying.slice(-4)}`);
    expect(byTail.items.map((i) => i.id)).toContain(wangXiuying?.id);
    const malformed = await request(t(), 'GET', '/api/v1/households?idNumber=150602196803040', { user: officer });
    expect(malformed.status).toBe(422);
    expect(malformed.body).toMatchObject({ code: 'ID_NUMBER_INVALID', field: 'idNumber' });
  });

  it('filters by status, type, cause and years, accepting any-of lists', async () => {
    expect(namesOf(await search('povertyStatus=poor,relapsed&sort=headName'))).toEqual(['张海燕', '李志强', '王建国']);
    expect(namesOf(await search('householdType=dibao'))).toEqual(['王秀英']);
    expect(namesOf(await search('mainCause=illness&sort=headName'))).toEqual(['张海燕', '王建国']);
    expect(namesOf(await search('yearIdentified=2016&sort=headName'))).toEqual(['李志强', '王秀英']);
    expect(namesOf(await search('yearExited=2019'))).toEqual(['王秀英']);
    const bad = await request(t(), 'GET', '/api/v1/households?povertyStatus=poor,rich', { user: officer });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'povertyStatus' });
  });

  it('sorts by name, number and year in either direction', async () => {
    expect(namesOf(await search('sort=headName'))).toEqual(['张海燕', '李志强', '王建国', '王秀英']);
    expect(namesOf(await search('sort=headName&order=desc'))).toEqual(['王秀英', '王建国', '李志强', '张海燕']);
    expect(namesOf(await search('sort=householdNo'))).toEqual(['张海燕', '王建国', '王秀英', '李志强']);
    expect(namesOf(await search('sort=yearIdentified'))).toEqual(['张海燕', '王建国', '王秀英', '李志强']);
    expect(namesOf(await search('sort=updatedAt&order=desc'))).toEqual(['张海燕', '李志强', '王秀英', '王建国']);
    expect(namesOf(await search('sort=updatedAt'))).toEqual(['王建国', '王秀英', '李志强', '张海燕']);
  });

  it('pages through the results with a stable total', async () => {
    const pages = [1, 2, 3].map((page) => search(`sort=headName&pageSize=3&page=${page}`));
    const [first, second, third] = await Promise.all(pages);
    expect(first?.total).toBe(4);
    expect([...namesOf(first as Page), ...namesOf(second as Page)]).toEqual(['张海燕', '李志强', '王建国', '王秀英']);
    expect(third?.items).toEqual([]);
    expect(first?.items[0]?.villageName).toBe('漫赖村委会');
    const tooBig = await request(t(), 'GET', '/api/v1/households?pageSize=500', { user: officer });
    expect(tooBig.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'pageSize' });
  });

  it('narrows to a region inside the user\'s, and gives nothing for one outside', async () => {
    expect(namesOf(await search('regionCode=150602101&sort=headName'))).toEqual(['李志强', '王建国', '王秀英']);
    expect(namesOf(await search(`regionCode=${VILLAGE_B}`))).toEqual(['李志强']);
    expect(await search('regionCode=110101')).toMatchObject({ items: [], total: 0 });
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602100');
    expect(namesOf(await search('sort=headName', township))).toEqual(['张海燕']);
    expect((await search('regionCode=150602101', township)).total).toBe(0);
  });

  it('finds the same pages whether it sorts the matches or walks the household numbers (many matches)', async () => {
    const actorIn = (regionCode: string): Actor => ({ userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode, department: null, ip: null, via: 'session' });
    const cases: [string, { text: string; regionCode?: string }][] = [
      ['150602', { text: '王' }], ['150602', { text: '1506021012' }], ['150602', { text: '王', regionCode: '150602101' }], ['150602101', { text: '王建' }], ['150602100', { text: '张' }],
    ];
    for (const [root, filter] of cases) {
      for (const order of ['asc', 'desc'] as const) {
        for (const offset of [0, 1, 2]) {
          const page = { sort: 'householdNo' as const, order, limit: 1, offset };
          const sorted = await searchHouseholds(t().ctx.db, actorIn(root), filter, page, Number.POSITIVE_INFINITY);
          const walked = await searchHouseholds(t().ctx.db, actorIn(root), filter, page, 1);
          expect(walked, `${root} ${JSON.stringify(filter)} ${order} ${offset}`).toEqual(sorted);
        }
      }
    }
    const first = await searchHouseholds(t().ctx.db, actorIn('150602'), { text: '王' }, { sort: 'householdNo', order: 'asc', limit: 5, offset: 0 }, 1);
    expect(first).toMatchObject({ total: 2 });
    expect(first.rows.map((r) => r.householdNo)).toEqual(['15060210120100001', '15060210120100002']);
  });
});
