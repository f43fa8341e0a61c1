import { check, type Journey, signIn, treeNodes } from '../support/journey.ts';

export const householdListJourney: Journey = {
  name: 'see the household list scoped by the chosen region',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    await page.waitForFunction(() => document.querySelectorAll('[role=treeitem]').length > 1);
    const township = treeNodes(page).nth(1);
    const code = await township.getAttribute('id');
    const asked = page.waitForRequest((r) => r.url().includes('/api/v1/households?') && /regionCode=\d{9}(&|$)/.test(r.url()));
    await township.locator('.region-tree__title').click();
    const request = await asked;
    const regionCode = new URL(request.url()).searchParams.get('regionCode') ?? '';
    check(regionCode.length === 9, `the list asks for the township's households (id ${code ?? '?'})`);

    const answer = await (await request.response())?.json() as { total: number; items: { villageCode: string }[] } | undefined;
    check(answer !== undefined, 'the list got an answer');
    if (answer.total > 0) {
      await page.locator('.ant-table-row').first().waitFor();
      check(answer.items.every((h) => h.villageCode.startsWith(regionCode)), 'every household listed lies in the township');
      await page.getByText(`共 ${answer.total} 户`).waitFor();
    } else {
      await page.getByText('还没有登记农户').waitFor();
    }

    // A filter narrows the list and lives in the address.
    await page.getByLabel('贫困状态').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.waitForURL(/povertyStatus=/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '重置' }).click();
    await page.waitForURL((url) => !url.searchParams.has('povertyStatus'));
  },
};
