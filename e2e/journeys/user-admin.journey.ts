import type { Locator, Page } from 'playwright-core';
import { getJson } from '../support/api.ts';
import { ADMIN } from '../support/server.ts';
import { openDropdown } from '../support/dropdown.ts';
import { check, type Journey, signIn } from '../support/journey.ts';

/** The one-time secret shown in its dialog; the dialog is closed afterwards. */
async function readSecretOnce(page: Page, title: RegExp): Promise<string> {
  const dialog = page.locator('.ant-modal').filter({ has: page.locator('.secret-once__value') }).filter({ hasText: title });
  await dialog.waitFor();
  const secret = await dialog.locator('.secret-once__value').inputValue();
  check(secret.length >= 10, 'a secret is shown');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return secret;
}

async function chooseFromMenu(page: Page, row: Locator, name: string, item: string): Promise<void> {
  const menu = await openDropdown(page, row.getByRole('button', { name: `${name} 的更多操作` }));
  await menu.getByText(item, { exact: true }).click();
}

export const userAdminJourney: Journey = {
  name: 'an administrator creates a user, resets their password and issues an API token',
  async run(ctx) {
    const { page, context } = ctx;
    await signIn(ctx, '/admin/users');
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await page.locator('.ant-table-row').filter({ hasText: ADMIN.username }).first().waitFor();

    // A taken username is refused on its field.
    await page.getByRole('button', { name: '新建用户' }).click();
    const form = page.getByRole('dialog').filter({ hasText: '新建用户' });
    await form.getByLabel('用户名').fill(ADMIN.username);
    await form.getByLabel('姓名').fill('赵乡干');
    await (await openDropdown(page, form.getByLabel('角色'))).getByText('乡镇干部', { exact: true }).click();
    // The region comes from the tree: open the county, choose a township.
    const me = await getJson<{ regionCode: string; regionName: string }>(page, '/api/v1/auth/me');
    const [township] = await getJson<{ name: string }[]>(page, `/api/v1/regions/${me.regionCode}/children`);
    check(township !== undefined, 'the county has townships');
    const tree = await openDropdown(page, form.getByLabel('所属区划'));
    await tree.locator('.ant-select-tree-treenode').filter({ hasText: me.regionName }).locator('.ant-select-tree-switcher').click();
    await tree.getByTitle(township.name, { exact: true }).click();
    await form.locator('.region-picker').getByText(township.name, { exact: true }).waitFor();
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('该用户名已被使用。').waitFor();

    const username = `e2e-${Date.now().toString(36)}`;
    await form.getByLabel('用户名').fill(username);
    await form.getByRole('button', { name: '保存' }).click();
    const firstPassword = await readSecretOnce(page, /的临时密码/);

    await page.getByPlaceholder('如：wangfang 或 王芳').fill(username);
    await page.getByPlaceholder('如：wangfang 或 王芳').press('Enter');
    const row = page.locator('.ant-table-row').filter({ hasText: username });
    await row.waitFor();
    await row.getByText(township.name, { exact: true }).waitFor();
    await row.getByText('待改密码').waitFor();

    // Resetting gives a new temporary password, shown once.
    await chooseFromMenu(page, row, '赵乡干', '重置密码');
    await page.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    const secondPassword = await readSecretOnce(page, /的临时密码/);
    check(secondPassword !== firstPassword, 'the reset gives another password');

    // The user signs in with it and is asked to choose their own.
    const browser = context.browser();
    check(browser !== null, 'a browser for the second person');
    const other = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const userPage = await other.newPage();
      await userPage.goto(`${ctx.baseUrl}/`);
      await userPage.getByLabel('用户名').fill(username);
      await userPage.getByLabel('密码', { exact: true }).fill(secondPassword);
      await userPage.getByRole('button', { name: '登录' }).click();
      await userPage.getByRole('heading', { name: '修改密码' }).waitFor();
    } finally {
      await other.close();
    }

    // An API token: its secret is shown once, then it is listed and can be revoked.
    await chooseFromMenu(page, row, '赵乡干', 'API 令牌');
    const drawer = page.locator('.ant-drawer').filter({ hasText: '赵乡干 的 API 令牌' });
    await drawer.getByLabel('令牌名称').fill('乡镇数据接口');
    await drawer.getByRole('button', { name: '创建令牌' }).click();
    const token = await readSecretOnce(page, /新令牌/);
    check(token.startsWith('fpn_'), 'the token has its recognisable prefix');
    const tokenRow = drawer.locator('.ant-table-row').filter({ hasText: '乡镇数据接口' });
    await tokenRow.getByText('有效').waitFor();
    await tokenRow.getByRole('button', { name: '吊销' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '吊销' }).click();
    await tokenRow.getByText('已吊销').waitFor();
    // By keyboard: the confirmation toast may lie over the close button.
    await drawer.locator('.ant-drawer-close').focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor({ state: 'hidden' });

    // Disabling and enabling the account.
    await chooseFromMenu(page, row, '赵乡干', '停用');
    await page.getByRole('dialog').getByRole('button', { name: '停用' }).click();
    await row.getByText('已停用').waitFor();
    await chooseFromMenu(page, row, '赵乡干', '启用');
    await row.getByText('已停用').waitFor({ state: 'detached' });
    check((await row.innerText()).includes('待改密码'), 'the account is enabled again, still waiting for its new password');
  },
};
