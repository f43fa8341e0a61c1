import type { Page } from 'playwright-core';
import { chooseOption } from '../support/dropdown.ts';
import { check, type Journey, signIn } from '../support/journey.ts';

interface HouseholdPage {
  total: number;
  items: { villageCode: string; povertyStatus: string }[];
}

/** Reads through the page's own session, as the app does. */
function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>;
}

export const householdListJourney: Journey = {
  name: 'see the household list scoped by the chosen region and filtered by status',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households');
    const county = await getJson<HouseholdPage>(page, '/api/v1/households?pageSize=1');
    if (county.total === 0) {
      await page.getByText('东胜区还没有登记农户').waitFor();
      return;
    }
    // A township that has households: the one of the first household listed.
    const townshipCode = county.items[0]?.villageCode.slice(0, 9) ?? '';
    const township = await getJson<{ name: string }>(page, `/api/v1/regions/${townshipCode}`);
    const asked = page.waitForResponse((r) => r.url().includes(`/api/v1/households?regionCode=${townshipCode}&`));
    await page.getByRole('tree', { name: '区划树' }).getByText(township.name, { exact: true }).click();
    const listed = await (await asked).json() as HouseholdPage;
    await page.waitForURL(new RegExp(`[?&]region=${townshipCode}`));
    check(listed.total > 0 && listed.total < county.total, `the township lists part of the county (${listed.total} of ${county.total})`);
    check(listed.items.every((h) => h.villageCode.startsWith(townshipCode)), 'every household listed lies in the township');
    await page.getByText(`共 ${listed.total} 户`).waitFor();
    await page.locator('.ant-table-row').first().waitFor();

    // A status filter narrows the list and lives in the address.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/households?') && r.url().includes('povertyStatus='));
    await chooseOption(page, page, '贫困状态', '已脱贫（享受政策）');
    await page.keyboard.press('Escape');
    const narrowed = await (await filtered).json() as HouseholdPage;
    await page.waitForURL(/povertyStatus=exited/);
    check(narrowed.items.every((h) => h.povertyStatus === 'exited'), 'only exited households are listed');
    await page.getByText(`共 ${narrowed.total} 户`).waitFor();

    await page.getByRole('button', { name: '重置' }).click();
    await page.waitForURL((url) => !url.searchParams.has('povertyStatus') && url.searchParams.get('region') === townshipCode);
    await page.getByText(`共 ${listed.total} 户`).waitFor();
  },
};
