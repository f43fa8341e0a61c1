import type { Locator, Page } from 'playwright-core';

/**
 * Opens a select (or tree select) by clicking its field and answers its dropdown once it has
 * settled. The dropdown is first drawn off-screen, then aligned under its field and animated in;
 * on a busy machine a click in between scrolls to where it was and lands on the page instead.
 */
export async function openDropdown(page: Page, field: Locator): Promise<Locator> {
  await field.click();
  await page.waitForFunction(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown')].filter((d) => !d.classList.contains('ant-select-dropdown-hidden'));
    return open.length > 0 && open.every((d) => {
      const box = d.getBoundingClientRect();
      return box.left >= 0 && box.top >= 0 && !/-(appear|enter|leave)\b/.test(d.className);
    });
  });
  return page.locator('.ant-select-dropdown:visible');
}

/** Opens a select by its label and picks the option with this text. */
export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const dropdown = await openDropdown(page, scope.getByLabel(label, { exact: true }));
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}
