import { check, type Journey, signIn } from '../support/journey.ts';

export const phoneJourney: Journey = {
  name: 'on a phone, the region tree opens as a drawer',
  viewport: { width: 390, height: 844 },
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    await page.getByRole('heading', { name: '农户名册' }).waitFor();
    check(!(await page.getByRole('tree', { name: '区划树' }).isVisible()), 'the tree is tucked away on a phone');
    await page.getByRole('button', { name: '选择区划' }).click();
    await page.getByRole('dialog').getByRole('tree', { name: '区划树' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role=treeitem]').length > 1);
    await page.getByRole('dialog').getByRole('treeitem').nth(1).locator('.region-tree__title').click();
    await page.waitForURL(/[?&]region=\d{9}/);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `the page fits the phone's width (overflows by ${overflow}px)`);
  },
};
