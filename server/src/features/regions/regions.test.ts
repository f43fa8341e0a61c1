import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface RegionBody { code: string; name: string }

describeEachEngine('regions API', (t) => {
  it('serves the tree lazily, one level of children at a time', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const res = await request<RegionBody[]>(t(), 'GET', '/api/v1/regions/150602/children', { user: officer });
    expect(res.status).toBe(200);
    const names = res.body.map((r) => r.name);
    expect(names).toContain('罕台镇');
    const township = res.body.find((r) => r.code === '150602101');
    expect(township).toMatchObject({ level: 'township', parentCode: '150602', hasChildren: true });
  });

  it('gives a region with its path from the province', async () => {
    const officer = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    const res = await request(t(), 'GET', '/api/v1/regions/150602101', { user: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '罕台镇', path: [{ code: '15' }, { code: '1506' }, { code: '150602' }] });
  });

  it('searches by name only inside the user\'s region', async () => {
    const cadre = await createSignedInUser(t(), 'countyOfficer', '150602');
    const res = await request<RegionBody[]>(t(), 'GET', '/api/v1/regions?q=' + encodeURIComponent('罕台'), { user: cadre });
    expect(res.status).toBe(200);
    expect(res.body.every((r) => r.code.startsWith('150602'))).toBe(true);
    expect(res.body.length).toBeGreaterThan(0);
    const beijing = await request(t(), 'GET', '/api/v1/regions?q=' + encodeURIComponent('东华门'), { user: cadre });
    expect(beijing.body).toEqual([]);
  });

  it('hides regions outside the user\'s subtree', async () => {
    const officer = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    expect((await request(t(), 'GET', '/api/v1/regions/150602100/children', { user: officer })).status).toBe(404);
    expect((await request(t(), 'GET', '/api/v1/regions/110101', { user: officer })).status).toBe(404);
  });

  it('refuses anonymous callers and bad codes with a problem', async () => {
    const anon = await request(t(), 'GET', '/api/v1/regions/150602/children');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('content-type')).toContain('application/problem+json');
    expect(anon.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const bad = await request(t(), 'GET', '/api/v1/regions/15x/children', { user: officer });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'code' });
  });
});
