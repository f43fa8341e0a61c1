import { registerTestHousehold, type HouseholdOverrides } from '../../../test/factories.ts';
import { createSignedInUser, request, type TestApp, type TestUser } from '../../../test/test-context.ts';

export interface CadreBody { id: string; load: number; maxLoad: number; userId: string | null }

/** A cadre created through the API by `manager`, optionally linked to a signed-in paired-cadre user. */
export async function createTestCadre(t: TestApp, manager: TestUser, options: { regionCode?: string; linkUser?: boolean; name?: string } = {}): Promise<{ cadre: CadreBody; user: TestUser | undefined }> {
  const regionCode = options.regionCode ?? '150602';
  const user = options.linkUser ? await createSignedInUser(t, 'pairedCadre', regionCode) : undefined;
  const res = await request<CadreBody>(t, 'POST', '/api/v1/cadres', {
    user: manager,
    body: { name: options.name ?? '李帮扶', unit: '东胜区农牧局', level: 'county', position: '科员', phone: '13800000000', regionCode, userId: user?.id ?? null },
  });
  if (res.status !== 201) throw new Error(`creating a cadre failed (${res.status}): ${JSON.stringify(res.body)}`);
  return { cadre: res.body, user };
}

export async function pairTestCadre(t: TestApp, manager: TestUser, cadreId: string, householdId: number, startDate = '2024-01-01') {
  const res = await request<{ id: string }>(t, 'POST', '/api/v1/pairings', { user: manager, body: { cadreId, householdId, startDate } });
  if (res.status !== 201) throw new Error(`pairing failed (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A county officer, a household, a cadre linked to a paired-cadre user, and their pairing. */
export async function setUpPairedHousehold(t: TestApp, overrides: HouseholdOverrides = {}) {
  const officer = await createSignedInUser(t, 'countyOfficer', '150602');
  const household = await registerTestHousehold(t, officer, overrides);
  const { cadre, user } = await createTestCadre(t, officer, { linkUser: true });
  if (!user) throw new Error('no cadre user');
  const pairing = await pairTestCadre(t, officer, cadre.id, household.id);
  return { officer, household, cadre, cadreUser: user, pairing };
}
