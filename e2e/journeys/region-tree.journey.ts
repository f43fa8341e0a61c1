import { check, type Journey, signIn, treeNodes } from '../support/journey.ts';

export const regionTreeJourney: Journey = {
  name: 'expand the region tree, choose a township, and search for a region',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    const root = treeNodes(page).first();
    await root.getByText('东胜区').waitFor();
    // The root opens by itself with its townships.
    await page.waitForFunction(() => document.querySelectorAll('[role=treeitem]').length > 1);
    const townships = treeNodes(page).nth(1);
    const townshipName = (await townships.locator('.region-tree__title').innerText()).split('\n')[0]?.trim() ?? '';
    check(townshipName.length > 0, 'the county shows its townships');

    // Expand the township: its villages load on demand.
    const before = await treeNodes(page).count();
    await townships.locator('.ant-tree-switcher').click();
    await page.waitForFunction((n) => document.querySelectorAll('[role=treeitem]').length > n, before);

    await townships.locator('.region-tree__title').click();
    await page.waitForURL(/[?&]region=\d{9}(&|$)/);
    await page.getByRole('navigation', { name: '当前区划' }).getByText(townshipName).waitFor();

    await page.getByLabel('搜索区划').fill(townshipName.slice(0, 2));
    await page.locator('.region-search__result').first().waitFor();
    await page.locator('.region-search__result').first().click();
    check((await page.getByLabel('搜索区划').inputValue()) === '', 'choosing a search result clears the search');
    await page.waitForURL(/[?&]region=\d+/);
  },
};
