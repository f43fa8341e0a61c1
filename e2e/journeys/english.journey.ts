import { openDropdown } from '../support/dropdown.ts';
import { check, type Journey, signIn } from '../support/journey.ts';

export const englishJourney: Journey = {
  name: 'switch to English and see English labels, kept after a reload',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    const languages = await openDropdown(page, page.getByRole('combobox', { name: '语言' }));
    await languages.getByRole('option', { name: 'English' }).click();

    await page.getByRole('heading', { name: 'Household registry' }).waitFor();
    await page.getByRole('heading', { name: 'Regions' }).waitFor();
    await page.getByRole('link', { name: 'Households', exact: true }).waitFor();
    await page.getByLabel('Poverty status').waitFor();
    check((await page.getAttribute('html', 'lang')) === 'en-US', 'the page declares English');

    await page.reload();
    await page.getByRole('heading', { name: 'Household registry' }).waitFor();
    // Names of people and places stay as they are; the UI's own words must all be English.
    const text = await page.locator('body').innerText();
    const leftovers = ['农户名册', '行政区划', '户主', '贫困状态', '贫困户属性', '查询', '重置', '显示列', '户编号', '人口数', '一般贫困户', '已脱贫', '因病'].filter((w) => text.includes(w));
    check(leftovers.length === 0, `no Chinese UI words remain in English (found ${leftovers.join(', ')})`);

    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).waitFor();
  },
};
