import { check, type Journey, signIn } from '../support/journey.ts';
import { findHousehold } from './household-fixtures.ts';

export const recordIncomeJourney: Journey = {
  name: 'record a year\'s income in yuan and see the per-capita figure',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    const household = await findHousehold(page);
    await page.goto(`${ctx.baseUrl}/households/${household.id}?tab=incomes`);
    await page.getByRole('tab', { name: '年度收入', selected: true }).waitFor();
    await page.getByRole('button', { name: '登记年度收入' }).click();
    const dialog = page.getByRole('dialog', { name: '登记年度收入' });
    await dialog.getByText('填写完整、正确的金额后即可看到人均纯收入').or(dialog.getByText('人均纯收入')).first().waitFor();

    // (12 000.50 + 2 400 + 0.29 − 1 000) ÷ 3 = 13 400.79 ÷ 3 = 4 466.93 (rounded to the fen)
    await dialog.getByLabel('计算人口').fill('3');
    await dialog.getByLabel('工资性收入（元）').fill('12000.50');
    await dialog.getByLabel('低保金（元）').fill('2400');
    await dialog.getByLabel('财产性收入（元）').fill('0.29');
    await dialog.getByLabel('生产经营性支出（元）').fill('1000');
    const preview = dialog.getByRole('region', { name: '保存前预览' });
    await preview.getByText('¥4,466.93').waitFor();
    await preview.getByText('¥13,400.79').waitFor();
    // A figure with three decimals is refused on its field and the preview waits for it.
    await dialog.getByLabel('财产性收入（元）').fill('0.295');
    await dialog.getByText('金额最多精确到分（两位小数）').waitFor();
    await dialog.getByLabel('财产性收入（元）').fill('0.29');
    await preview.getByText('¥4,466.93').waitFor();

    const year = String(new Date().getFullYear());
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/incomes/${year}`));
    await dialog.getByRole('button', { name: '保存' }).click();
    const answer = await (await saved).json() as { netIncomePerCapita: number; wageIncome: number; propertyIncome: number };
    check(answer.netIncomePerCapita === 446_693, `the server computed the same figure (${answer.netIncomePerCapita} fen)`);
    check(answer.wageIncome === 1_200_050 && answer.propertyIncome === 29, 'the amounts arrived in exact fen');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('.household-tab__table .ant-table-row').filter({ hasText: year }).first();
    await row.getByText('¥4,466.93').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};
