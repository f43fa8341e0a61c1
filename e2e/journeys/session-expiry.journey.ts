import { check, type Journey, signIn } from '../support/journey.ts';
import { ADMIN } from '../support/server.ts';
import { openDropdown } from '../support/dropdown.ts';

export const sessionExpiryJourney: Journey = {
  name: 'sign out; a lost session sends the user to sign in and back to the same page',
  async run(ctx) {
    const { page, context } = ctx;
    await signIn(ctx, '/households');
    const menu = await openDropdown(page, page.getByRole('button', { name: '用户菜单' }));
    await menu.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByText('您已退出登录').waitFor();

    await signIn(ctx, '/households?region=150602&povertyStatus=poor');
    await page.waitForLoadState('networkidle');
    // The server forgets the session (as after the idle timeout): the next request answers 401.
    await context.clearCookies();
    // The next request answers 401: the reset's, or one the page makes on its own first, which
    // then takes the user away before the click lands; either way sign-in must follow.
    await page.getByRole('button', { name: '重置' }).click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForURL(/\/sign-in\?/);
    await page.getByText('登录已失效').waitFor();
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/households\?/);
    check(new URL(page.url()).searchParams.get('region') === '150602', 'the page comes back with its region');
    await page.getByRole('heading', { name: '农户名册' }).waitFor();
  },
};
