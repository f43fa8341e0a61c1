import { launchBrowser } from './support/browser.ts';
import { findHousehold, getJson } from './journeys/household-fixtures.ts';
const base = 'http://localhost:4517';
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
context.setDefaultTimeout(10000);
const page = await context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 400)); });
await page.goto(`${base}/households`);
await page.getByLabel('用户名').fill('admin');
await page.getByLabel('密码', { exact: true }).fill('e2e-Admin-2026!');
await page.getByRole('button', { name: '登录' }).click();
await page.getByRole('navigation', { name: '主导航' }).waitFor();
const h = await findHousehold(page);
const step = async (name: string, fn: () => Promise<void>) => { try { await fn(); console.log('ok', name); } catch (e) { console.log('FAIL', name, e instanceof Error ? e.message.split('\n')[0] : e); } await page.screenshot({ path: `/tmp/shots/x-${name}.png`, fullPage: false }); };
// edit household + version conflict
await step('edit', async () => {
  await page.goto(`${base}/households/${h.id}/edit`);
  await page.getByRole('heading', { name: /修改农户信息/ }).waitFor();
  await page.getByLabel('村民小组').fill('三组');
  // someone else changes it meanwhile
  const current = await getJson<{ version: number }>(page, `/api/v1/households/${h.id}`);
  await page.evaluate(async ([id, version]) => {
    const csrf = document.cookie.split(';').map((c) => c.trim().split('=')).find(([k]) => k === 'fupin_csrf')?.[1] ?? '';
    await fetch(`/api/v1/households/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, body: JSON.stringify({ version, address: '别人改的地址' }) });
  }, [h.id, current.version] as const);
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.getByText('该户信息已被他人修改').waitFor();
});
await step('reload', async () => {
  await page.getByRole('button', { name: '重新加载最新信息' }).click();
  await page.getByLabel('家庭住址').and(page.locator('[value="别人改的地址"]')).waitFor();
  await page.getByLabel('村民小组').fill('三组');
  await page.getByRole('button', { name: '保存修改' }).click();
  await page.waitForURL(new RegExp(`/households/${h.id}$`));
  await page.getByText('三组').first().waitFor();
});
await step('add-member-bad', async () => {
  await page.getByRole('button', { name: '添加成员' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('姓名').fill('新成员');
  await d.getByLabel('身份证号').fill('150602198503120026');
  await d.getByLabel('与户主关系').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '户主' }).first().click();
  await d.getByText('每户只能有一位户主').waitFor();
});
await step('add-member-dup', async () => {
  const d = page.getByRole('dialog');
  await d.getByLabel('与户主关系').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '之女' }).first().click();
  await d.getByLabel('劳动能力').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '普通劳动力' }).first().click();
  await d.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(1500);
});
await step('checks-form', async () => {
  await page.keyboard.press('Escape');
  await page.goto(`${base}/households/${h.id}?tab=basicNeeds`);
  await page.getByRole('button', { name: '记录核查' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await page.getByRole('dialog').getByText('请选择核查结果').first().waitFor();
  for (const label of await page.getByRole('dialog').locator('.ant-radio-group').all()) await label.getByText('达标').click();
  await page.getByRole('dialog').getByLabel('不愁吃佐证').fill('粮食充足');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByText('粮食充足').waitFor();
});
await step('history', async () => {
  await page.getByRole('tab', { name: '变更记录' }).click();
  await page.getByText('别人改的地址').first().waitFor();
});
await step('move-out', async () => {
  await page.getByRole('tab', { name: /家庭成员/ }).click();
  await page.getByRole('button', { name: `将${h.headName}迁出本户` }).click();
  await page.getByRole('dialog').getByLabel('迁出原因').fill('外出落户');
  await page.getByRole('dialog').getByRole('button', { name: '确认迁出' }).click();
  await page.getByRole('dialog').getByText('请指定留在本户的一位成员').waitFor();
});
await step('english', async () => {
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: '语言' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shots/x-english-history.png', fullPage: true });
  await page.getByRole('tab', { name: /Members/ }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/x-english-members.png', fullPage: true });
  await page.goto(`${base}/households/new`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shots/x-english-new.png', fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: '中文' }).click();
});
await browser.close();
