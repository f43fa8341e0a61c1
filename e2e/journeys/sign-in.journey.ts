import { check, type Journey, signIn } from '../support/journey.ts';

export const signInJourney: Journey = {
  name: 'sign in as the administrator and see the layout',
  async run(ctx) {
    const { page, baseUrl } = ctx;
    await page.goto(`${baseUrl}/households`);
    await page.waitForURL(/\/sign-in\?next=%2Fhouseholds/);
    await page.getByRole('heading', { name: '登录' }).waitFor();

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();

    await signIn(ctx, '/households');
    await page.waitForURL(/\/households/);
    await page.getByRole('heading', { name: '农户名册' }).waitFor();
    await page.getByRole('heading', { name: '行政区划' }).waitFor();
    await page.getByRole('button', { name: '用户菜单' }).waitFor();
    await page.getByRole('banner').getByText('扶贫监测平台').waitFor();
    check((await page.getAttribute('html', 'lang')) === 'zh-CN', 'the page declares Chinese');
  },
};
