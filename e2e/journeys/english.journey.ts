import { check, type Journey, signIn } from '../support/journey.ts';

export const englishJourney: Journey = {
  name: 'switch to English and see English labels, kept after a reload',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    await page.getByRole('combobox', { name: '语言' }).click();
    await page.getByRole('option', { name: 'English' }).click();

    await page.getByRole('heading', { name: 'Household registry' }).waitFor();
    await page.getByRole('heading', { name: 'Regions' }).waitFor();
    await page.getByRole('link', { name: 'Households' }).waitFor();
    await page.getByLabel('Poverty status').waitFor();
    check((await page.getAttribute('html', 'lang')) === 'en-US', 'the page declares English');

    await page.reload();
    await page.getByRole('heading', { name: 'Household registry' }).waitFor();
    const chinese = await page.getByRole('main').getByText(/[农户名册筛选查询重置]/).count();
    check(chinese === 0, `no Chinese UI labels remain in English (found ${chinese})`);

    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('You have signed out').waitFor();
  },
};
