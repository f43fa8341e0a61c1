import { callApi } from '../support/api.ts';
import { chooseOption } from '../support/dropdown.ts';
import { check, type Journey, type JourneyContext, signIn } from '../support/journey.ts';
import { findHousehold } from './household-fixtures.ts';

async function signInAs(ctx: JourneyContext, user: { username: string; password: string }, path: string) {
  await ctx.context.clearCookies();
  await signIn(ctx, path, user);
}

export const policyEvaluationJourney: Journey = {
  name: 'a county officer sets the monitoring threshold and a household\'s evaluation explains itself with it',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/');
    const officer = { username: `policy-${Date.now().toString(36)}`, password: 'County-policy-2026!', role: 'countyOfficer', regionCode: '150602', displayName: '县乡村振兴局干部' };
    const created = await callApi(page, 'POST', '/api/v1/users', officer);
    check(created.status === 201, `the county officer was created (${created.status})`);

    await signInAs(ctx, officer, '/policy?region=150602&year=2023');
    await page.getByRole('heading', { level: 1, name: '东胜区 2023年政策标准' }).waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: '防止返贫监测范围（监测线）' });
    await row.getByText('¥6,000.00').waitFor();
    await row.getByText('全国').waitFor();

    await row.getByRole('button', { name: '设定本级值 防止返贫监测范围（监测线）' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '设定东胜区的“防止返贫监测范围（监测线）”' });
    await dialog.getByLabel('金额（元）').fill('7000');
    await dialog.getByLabel('截止年度（留空为长期有效）').fill('2023');
    await dialog.getByLabel('依据文件').fill('东胜区2023年防返贫监测范围通知');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('¥7,000.00').waitFor();
    await row.getByText('本级设定').waitFor();
    await row.getByText('东胜区2023年防返贫监测范围通知').waitFor();

    await row.getByRole('button', { name: '历史 防止返贫监测范围（监测线）' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '的设定历史' });
    await drawer.getByText('现行').waitFor();
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    // A household with 6 500 yuan per person in 2023 is below the county's 7 000.
    const household = await findHousehold(page);
    // callApi has no PUT; the income is recorded the way the app does it, with the CSRF cookie.
    const put = await page.evaluate(async ({ id, size }) => {
      const csrf = decodeURIComponent(document.cookie.split(';').map((s) => s.trim()).find((s) => s.startsWith('fupin_csrf='))?.slice('fupin_csrf='.length) ?? '');
      const response = await fetch(`/api/v1/households/${id}/incomes/2023`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ wageIncome: 650_000 * size, householdSize: size }) });
      return response.status;
    }, { id: household.id, size: household.memberCount });
    check(put === 200, `the 2023 income was recorded (${put})`);

    await page.goto(`${ctx.baseUrl}/households/${household.id}?tab=evaluation`);
    await page.getByRole('tab', { name: '评估', selected: true }).waitFor();
    await chooseOption(page, page, '评估年度', /^2023$/);
    const exit = page.getByRole('region', { name: '退出评估' });
    await exit.getByText('2023年人均纯收入6500元，未超过当年监测线7000元').waitFor();
    await exit.getByText('依据：monitoringThreshold，150602，东胜区2023年防返贫监测范围通知').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};
