import { check, type Journey, signIn } from '../support/journey.ts';
import { findHousehold } from './household-fixtures.ts';

const MASKED = /^\d{4}\*{10}[\dX]{4}$/;

export const revealIdNumberJourney: Journey = {
  name: 'open a household: ID numbers are masked; an administrator reveals one with a reason',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    const household = await findHousehold(page);
    // From the list, as a user would: the head's name leads to the household page.
    await page.goto(`${ctx.baseUrl}/households?q=${encodeURIComponent(household.householdNo)}`);
    await page.getByRole('link', { name: household.headName }).first().click();
    await page.getByRole('heading', { name: `${household.headName}户` }).waitFor();
    await page.getByRole('tab', { name: /家庭成员/ }).waitFor();

    const ids = page.locator('.member-id');
    await ids.first().waitFor();
    const shown = await ids.allInnerTexts();
    check(shown.length === household.memberCount, `every member is listed (${shown.length} of ${household.memberCount})`);
    check(shown.every((id) => MASKED.test(id)), `every ID number is masked (${shown.join(', ')})`);

    const row = page.locator('.ant-table-row').filter({ hasText: household.headName }).first();
    const masked = await row.locator('.member-id').innerText();
    await row.getByRole('button', { name: `查看${household.headName}的完整身份证号` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('查看操作和您填写的事由将记入审计日志').waitFor();
    await dialog.getByRole('button', { name: '查看号码' }).click();
    await dialog.getByText('请填写查看事由').waitFor();
    await dialog.getByLabel('查看事由').fill('核对医保参保信息');
    await dialog.getByRole('button', { name: '查看号码' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const revealed = row.locator('.member-id--revealed');
    await revealed.waitFor();
    const full = await revealed.innerText();
    check(/^\d{17}[\dX]$/.test(full), `the full number shows (${full.length} characters)`);
    check(full.slice(0, 4) === masked.slice(0, 4) && full.slice(-4) === masked.slice(-4), 'it is the number that was masked');
    await row.getByText(/\d+ 秒后隐藏/).waitFor();
    await row.getByRole('button', { name: '隐藏' }).click();
    await row.locator('.member-id').getByText(masked).waitFor();

    // Each reveal asks again; the number stays on screen (for the screenshot) until its time runs out.
    await row.getByRole('button', { name: `查看${household.headName}的完整身份证号` }).click();
    await dialog.getByLabel('查看事由').fill('入户走访核对身份');
    await dialog.getByRole('button', { name: '查看号码' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await revealed.filter({ hasText: full }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};
