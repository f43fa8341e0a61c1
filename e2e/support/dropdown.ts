import type { Locator, Page } from 'playwright-core';

/** The pop-ups of a select or tree select, of a menu button, and of a date picker. */
const POPUP_CLASSES = ['.ant-select-dropdown', '.ant-dropdown', '.ant-picker-dropdown'];
const POPUPS = POPUP_CLASSES.join(', ');

/**
 * Clicks what opens a pop-up (a select, a tree select, a menu button, a date picker) and answers
 * the pop-up once it has settled. It is first drawn off-screen, then aligned under its field and
 * animated in; on a busy machine a click in between scrolls to where it was and lands on the page.
 */
export async function openDropdown(page: Page, opener: Locator): Promise<Locator> {
  await opener.click();
  await page.waitForFunction((selector) => {
    const open = [...document.querySelectorAll(selector)].filter((d) => !/-hidden\b/.test(d.className));
    return open.length > 0 && open.every((d) => {
      const box = d.getBoundingClientRect();
      return box.left >= 0 && box.top >= 0 && !/-(appear|enter|leave)\b/.test(d.className);
    });
  }, POPUPS);
  return page.locator(POPUP_CLASSES.map((c) => `${c}:visible`).join(', '));
}

/** Opens a select by its label and picks the option with this text. */
export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const dropdown = await openDropdown(page, scope.getByLabel(label, { exact: true }));
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}
