import { callApi, getJson, populatedChildren } from '../support/api.ts';
import { check, type Journey, signIn, treeNodes } from '../support/journey.ts';

interface HouseholdPage {
  total: number;
  items: { id: number; villageCode: string; headName: string; householdNo: string }[];
}

/** Two villages with households: the cadre's own, and another one. */
async function twoVillages(page: Parameters<typeof getJson>[0]) {
  const me = await getJson<{ regionCode: string }>(page, '/api/v1/auth/me');
  const villages = [];
  for (const township of await populatedChildren(page, me.regionCode)) {
    villages.push(...await populatedChildren(page, township.code));
    if (villages.length >= 2) break;
  }
  const [own, other] = villages;
  check(own !== undefined && other !== undefined, 'the demo county has two villages with households');
  return { own, other };
}

export const villageScopeJourney: Journey = {
  name: 'a village cadre sees only their own village',
  async run(ctx) {
    const { page, context } = ctx;
    await signIn(ctx, '/');
    const { own, other } = await twoVillages(page);
    const ownList = await getJson<HouseholdPage>(page, `/api/v1/households?regionCode=${own.code}&pageSize=1`);
    const otherHousehold = (await getJson<HouseholdPage>(page, `/api/v1/households?regionCode=${other.code}&pageSize=1`)).items[0];
    check(otherHousehold !== undefined, 'the other village has a household');

    // The administrator gives the village its cadre (a chosen password: no change needed at first sign-in).
    const cadre = { username: `cadre-${Date.now().toString(36)}`, password: 'Village-e2e-2026!' };
    const created = await callApi(page, 'POST', '/api/v1/users', { ...cadre, displayName: '村干部甲', role: 'villageCadre', regionCode: own.code });
    check(created.status === 201, `the cadre was created (${created.status})`);

    await context.clearCookies();
    await signIn(ctx, '/households', cadre);

    // The tree holds the cadre's village and nothing else.
    await treeNodes(page).first().getByText(own.name, { exact: true }).waitFor();
    check((await treeNodes(page).count()) === 1, 'the region tree shows only the cadre\'s village');

    // The list holds exactly that village's households.
    await page.getByText(`共 ${ownList.total} 户`).waitFor();
    const listed = await getJson<HouseholdPage>(page, '/api/v1/households?pageSize=200');
    check(listed.total === ownList.total, `the cadre's list holds their village's ${ownList.total} households (got ${listed.total})`);
    check(listed.items.every((h) => h.villageCode === own.code), 'every household listed lies in the cadre\'s village');

    // Another village's household, opened by its address, is not found: no data leaks.
    const answer = await callApi(page, 'GET', `/api/v1/households/${otherHousehold.id}`);
    check(answer.status === 404, `the API hides the other village's household (${answer.status})`);
    await page.goto(`${ctx.baseUrl}/households/${otherHousehold.id}`);
    await page.getByText(/不存在/).first().waitFor();
    const body = await page.locator('#main').innerText();
    check(!body.includes(otherHousehold.householdNo) && !body.includes(otherHousehold.headName), 'nothing of the other household is shown');
  },
};
