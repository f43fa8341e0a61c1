import type { Page } from 'playwright-core';
import { callApi, getJson } from '../support/api.ts';
import { check, type Journey, type JourneyContext, signIn } from '../support/journey.ts';

interface HouseholdPage { items: { id: number; headName: string; householdNo: string; villageCode: string }[] }
interface Procedure { id: string; status: string; currentStep: string | null }

/** `n` days before today in China (the server dates notices by China Standard Time). */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
}

async function signInAs(ctx: JourneyContext, user: { username: string; password: string }, path: string) {
  await ctx.context.clearCookies();
  await signIn(ctx, path, user);
}

/** Takes the current step on the procedure page with the given date, by pressing `button`. */
async function decide(page: Page, on: string, button: string, expectedStep: string) {
  await page.getByLabel('办理日期').fill(on);
  // By its text: the accessible name of a button in a busy form can carry more than its label.
  await page.locator('.procedure-actions').getByRole('button').filter({ hasText: new RegExp(`^${button}$`) }).click();
  await page.getByText(`当前环节：${expectedStep}`, { exact: true }).waitFor();
  // The step's button stays busy (and is named "loading …") until the lists behind it are refreshed.
  await page.locator('.procedure-actions .ant-btn-loading').waitFor({ state: 'detached' });
}

export const identificationProcedureJourney: Journey = {
  name: 'an application goes through identification by its owners; an objection holds the notice until resolved',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/');
    // A household of the demo county that is not poor, in whichever village it lives (other journeys change villages).
    const candidates = await getJson<HouseholdPage>(page, '/api/v1/households?regionCode=150602&povertyStatus=notPoor&pageSize=1');
    const household = candidates.items[0];
    check(household !== undefined, 'the demo county has a household that is not poor');
    // Village codes are 12 digits: county (6), township (3), village (3).
    const village = { code: household.villageCode };
    const township = { code: household.villageCode.slice(0, 9) };

    // The administrator gives the village its cadre, the township its officer and the county its officer.
    const suffix = Date.now().toString(36);
    const users = {
      cadre: { username: `vc-${suffix}`, password: 'Village-e2e-2026!', role: 'villageCadre', regionCode: village.code, displayName: '村干部乙' },
      township: { username: `to-${suffix}`, password: 'Township-e2e-2026!', role: 'townshipOfficer', regionCode: township.code, displayName: '乡镇干部乙' },
      county: { username: `co-${suffix}`, password: 'County-e2e-2026!', role: 'countyOfficer', regionCode: '150602', displayName: '县级干部乙' },
    };
    for (const user of Object.values(users)) {
      const created = await callApi(page, 'POST', '/api/v1/users', user);
      check(created.status === 201, `${user.role} was created (${created.status})`);
    }

    // The cadre records a paper application made 30 days ago, then works from "waiting for me".
    await signInAs(ctx, users.cadre, '/procedures/mine');
    const opened = await callApi<Procedure>(page, 'POST', '/api/v1/procedures/identification', { householdId: household.id, appliedOn: daysAgo(30) });
    check(opened.status === 201, `the application was opened (${opened.status})`);
    await page.reload();
    await page.getByRole('link', { name: new RegExp(household.householdNo) }).click();
    await page.getByText('当前环节：村民主评议', { exact: true }).waitFor();
    await decide(page, daysAgo(29), '通过', '村第一次公示');

    // An objection received during the notice blocks its close, even after the period.
    await page.getByRole('button', { name: '登记异议' }).click();
    const dialog = page.getByRole('dialog', { name: '登记公示期间收到的异议' });
    await dialog.getByLabel('受理日期').fill(daysAgo(27));
    await dialog.getByLabel('异议内容').fill('反映该户有经营性收入未登记');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('待处理').waitFor();
    await page.getByLabel('办理日期').fill(daysAgo(20));
    await page.getByRole('button', { name: '公示期满，结束公示' }).click();
    await page.getByText('公示期间有未处理的异议，处理完毕前不能结束公示。').waitFor();

    await page.getByRole('button', { name: '处理', exact: true }).click();
    const resolve = page.getByRole('dialog', { name: '处理异议' });
    await resolve.getByLabel('处理意见').fill('经入户核实，该户无经营性收入，异议不成立');
    await resolve.getByLabel('处理日期').fill(daysAgo(26));
    await resolve.getByRole('button', { name: '保存' }).click();
    await resolve.waitFor({ state: 'hidden' });
    await page.getByText('不成立', { exact: true }).waitFor();
    await decide(page, daysAgo(20), '公示期满，结束公示', '乡镇审核');

    // The township reviews and posts the second notice; the county approves and announces.
    await signInAs(ctx, users.township, '/procedures/mine');
    await page.getByRole('link', { name: new RegExp(household.householdNo) }).click();
    await decide(page, daysAgo(19), '通过', '乡镇第二次公示');
    await decide(page, daysAgo(12), '公示期满，结束公示', '县级审定');
    await signInAs(ctx, users.county, `/procedures/mine`);
    await page.getByRole('link', { name: new RegExp(household.householdNo) }).click();
    await decide(page, daysAgo(11), '通过', '公告');
    await page.getByLabel('办理日期').fill(daysAgo(10));
    await page.locator('.procedure-actions').getByRole('button').filter({ hasText: /^公告$/ }).click();
    await page.getByText('已办结').first().waitFor();

    const after = await getJson<{ povertyStatus: string }>(page, `/api/v1/households/${household.id}`);
    check(after.povertyStatus === 'poor', `the household is registered as poor (${after.povertyStatus})`);
    const notice = await ctx.context.request.get(`${ctx.baseUrl}/api/v1/notices/print?villageCode=${village.code}&step=firstNotice&startsOn=${daysAgo(29)}`);
    const html = await notice.text();
    check(notice.status() === 200 && html.includes('贫困户识别第一次公示') && html.includes(household.headName), 'the first notice prints with the household on it');
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};
