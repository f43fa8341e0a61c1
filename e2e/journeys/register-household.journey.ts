import { check, type Journey, signIn } from '../support/journey.ts';
import { chooseOption, openDropdown } from '../support/dropdown.ts';
import { getJson } from '../support/api.ts';
import { freshIdNumber } from './household-fixtures.ts';

interface RegionNode { code: string; name: string; level: string; hasChildren: boolean }

export const registerHouseholdJourney: Journey = {
  name: 'register a new household with two members and see it in the list',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/households/new');
    await page.getByRole('heading', { name: '登记农户' }).waitFor();

    // A village of the county: the first township's first village, found by name as a cadre would.
    const townships = await getJson<RegionNode[]>(page, '/api/v1/regions/150602/children');
    const township = townships.find((r) => r.hasChildren);
    check(township !== undefined, 'the county has a township with villages');
    const village = (await getJson<RegionNode[]>(page, `/api/v1/regions/${township.code}/children`))[0];
    check(village !== undefined, 'the township has a village');
    const villages = await openDropdown(page, page.getByLabel('所在村'));
    await page.getByLabel('所在村').fill(village.name);
    await villages.locator('.ant-select-tree-title').getByText(village.name, { exact: true }).first().click();

    const householdNo = `E2E-${Date.now()}`;
    await page.getByLabel('户编号').fill(householdNo);
    await chooseOption(page, page, '贫困户属性', '一般贫困户');
    await chooseOption(page, page, '贫困状态', '未脱贫');
    await chooseOption(page, page, '主要致贫原因', '因病');

    const head = page.getByRole('group', { name: '成员 1' });
    await head.getByLabel('姓名').fill('测试户主');
    await head.getByLabel('身份证号').fill(freshIdNumber('1980-05-17', 'male'));
    await head.getByText('出生日期：1980年5月17日 · 性别：男').waitFor();
    await chooseOption(page, head, '劳动能力', '普通劳动力');

    await page.getByRole('button', { name: '添加成员' }).click();
    const spouse = page.getByRole('group', { name: '成员 2' });
    await spouse.getByLabel('姓名').fill('测试配偶');
    await spouse.getByLabel('身份证号').fill(freshIdNumber('1982-11-03', 'female'));
    await spouse.getByText('出生日期：1982年11月3日 · 性别：女').waitFor();
    await chooseOption(page, spouse, '与户主关系', '配偶');
    await chooseOption(page, spouse, '劳动能力', '普通劳动力');

    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.waitForURL(/\/households\/[1-9][0-9]*$/);
    await page.getByRole('heading', { name: '测试户主户' }).waitFor();
    await page.getByRole('tab', { name: '家庭成员（2）' }).waitFor();

    // The new household is on the roll: the list finds it by its number.
    await page.goto(`${ctx.baseUrl}/households?q=${householdNo}`);
    await page.getByText('共 1 户').waitFor();
    await page.getByRole('link', { name: '测试户主' }).waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: householdNo });
    check(await row.getByText('2 人').isVisible(), 'the list counts both members');
  },
};
