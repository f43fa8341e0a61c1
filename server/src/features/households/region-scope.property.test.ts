import { hasPermission, isWithinRegion, roles, type Role } from '@fupin/core';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, TEST_REGION_ROOTS, type TestApp, type TestUser } from '../../../test/test-context.ts';

interface Page { items: { id: string }[]; total: number }

/** Every household id a user can list, following the pages. */
async function listAll(t: TestApp, user: TestUser, path: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await request<Page>(t, 'GET', `${path}${sep}pageSize=200&page=${page}`, { user });
    expect(res.status).toBe(200);
    ids.push(...res.body.items.map((i) => i.id));
    if (ids.length >= res.body.total || res.body.items.length === 0) return ids.sort();
  }
}

describeEachEngine('region scoping holds for random users and households', (t) => {
  const registrars = new Map<string, TestUser>();
  let villages: string[] = [];
  let townships: string[] = [];

  beforeAll(async () => {
    for (const root of TEST_REGION_ROOTS) {
      registrars.set(root, await createSignedInUser(t(), 'countyOfficer', root));
      villages = [...villages, ...await findTestVillages(t(), root)];
    }
    townships = [...new Set(villages.map((v) => v.slice(0, 9)))];
  });

  it('lists, reads and changes exactly the households inside each user\'s subtree', async () => {
    const region = () => fc.oneof(fc.constantFrom(...TEST_REGION_ROOTS), fc.constantFrom(...townships), fc.constantFrom(...villages));
    const userSpec = fc.record({
      role: fc.constantFrom(...roles.codes),
      // Half the users sit above one of the new households (so insides are common), half anywhere.
      anchor: fc.option(fc.record({ index: fc.nat(), length: fc.constantFrom(6, 9, 12) }), { nil: undefined }),
      region: region(),
    });
    await fc.assert(fc.asyncProperty(
      fc.array(fc.constantFrom(...villages), { minLength: 1, maxLength: 4 }),
      fc.array(userSpec, { minLength: 1, maxLength: 3 }),
      fc.option(region(), { nil: undefined }),
      async (householdVillages, userSpecs, narrowTo) => {
        const created = [];
        for (const villageCode of householdVillages) {
          const registrar = registrars.get(villageCode.slice(0, 6));
          if (!registrar) throw new Error(`no registrar for ${villageCode}`);
          created.push(await registerTestHousehold(t(), registrar, { villageCode, memberCount: 1 }));
        }
        const all = await t().ctx.db.selectFrom('households').select(['id', 'villageCode']).execute();
        for (const spec of userSpecs) {
          const anchorVillage = spec.anchor ? householdVillages[spec.anchor.index % householdVillages.length] : undefined;
          const regionCode = anchorVillage && spec.anchor ? anchorVillage.slice(0, spec.anchor.length) : spec.region;
          const role: Role = spec.role;
          const user = await createSignedInUser(t(), role, regionCode);
          const inside = (villageCode: string) => isWithinRegion(regionCode, villageCode);
          const expected = all.filter((h) => inside(h.villageCode)).map((h) => h.id).sort();

          expect(await listAll(t(), user, '/api/v1/households')).toEqual(expected);
          expect(await listAll(t(), user, `/api/v1/households/roll?asOf=${t().clock.now.toISOString().slice(0, 10)}`)).toEqual(expected);
          if (narrowTo) {
            const narrowed = isWithinRegion(regionCode, narrowTo) ? all.filter((h) => h.villageCode.startsWith(narrowTo)).map((h) => h.id).sort() : [];
            expect(await listAll(t(), user, `/api/v1/households?regionCode=${narrowTo}`)).toEqual(narrowed);
          }

          const canWrite = hasPermission(role, 'registry:write');
          for (const household of created) {
            const isInside = inside(household.villageCode);
            const read = await request(t(), 'GET', `/api/v1/households/${household.id}`, { user });
            expect(read.status).toBe(isInside ? 200 : 404);
            const { version } = await t().ctx.db.selectFrom('households').select('version').where('id', '=', household.id).executeTakeFirstOrThrow();
            const patch = await request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user, body: { version, address: `改于 ${user.username}` } });
            expect(patch.status).toBe(!canWrite ? 403 : isInside ? 200 : 404);
            const after = await t().ctx.db.selectFrom('households').select('version').where('id', '=', household.id).executeTakeFirstOrThrow();
            expect(after.version).toBe(patch.status === 200 ? version + 1 : version);
          }
        }
      },
    ), { numRuns: 15 });
  }, 180_000);
});
