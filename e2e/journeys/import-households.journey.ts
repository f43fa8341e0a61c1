import { check, type Journey, signIn } from '../support/journey.ts';
import { getJson } from '../support/api.ts';
import { freshIdNumber } from './household-fixtures.ts';

interface HouseholdList { items: { id: number; householdNo: string; headName: string; memberCount: number }[] }
interface Household { villageCode: string; members: { name: string; relationToHead: string }[] }

export const importHouseholdsJourney: Journey = {
  name: 'import households from a spreadsheet: read the dry-run report, then import the valid ones',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/import');
    await page.getByRole('heading', { name: '批量导入农户信息' }).waitFor();
    const [sample] = (await getJson<HouseholdList>(page, '/api/v1/households?pageSize=1')).items;
    check(sample !== undefined, 'the demo county has households');
    const { villageCode } = await getJson<Household>(page, `/api/v1/households/${sample.id}`);

    const stamp = String(Date.now()).slice(-7);
    const goodNo = `${villageCode}${stamp}`;
    const badNo = `${villageCode}${String(Number(stamp) + 1).padStart(7, '0')}`;
    const head = freshIdNumber('1971-04-12', 'male');
    const wife = freshIdNumber('1973-09-30', 'female');
    const valid = freshIdNumber('1980-01-01', 'male');
    const broken = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    const csv = [
      '户编号,行政村,贫困户属性,贫困状态,姓名,证件号码,与户主关系,劳动技能,出生日期',
      `${goodNo},${villageCode},一般贫困户,未脱贫,导入测试甲,${head},户主,普通劳动力,1971年4月12日`,
      `,,,,导入测试乙,${wife},配偶,普通劳动力,1973/9/30`,
      '',
      `${badNo},${villageCode},一般贫困户,未脱贫,导入测试丙,${broken},户主,普通劳动力,`,
    ].join('\r\n');
    await page.locator('.import-page__upload input[type=file]').setInputFiles({ name: '农户导入.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    await page.locator('.import-job__status').filter({ hasText: '检查完成' }).waitFor();
    await page.getByText('问题清单（共 1 条）').waitFor();
    const problem = page.locator('.import-problems .ant-table-row').first();
    await problem.getByText('证件号码有误').waitFor();
    check((await problem.innerText()).includes('5'), 'the problem names row 5 of the file');
    const report = page.getByRole('link', { name: /下载检查报告/ });
    check((await report.getAttribute('href'))?.includes('/report') === true, 'the report can be downloaded');

    await page.getByRole('button', { name: '导入检查无误的 1 户' }).click();
    await page.locator('.import-job__status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByText('已导入 2 行').waitFor();

    const found = await getJson<HouseholdList>(page, `/api/v1/households?q=${goodNo}`);
    check(found.items.length === 1 && found.items[0]?.memberCount === 2 && found.items[0].headName === '导入测试甲', 'the valid household is in the registry with both members');
    const refused = await getJson<HouseholdList>(page, `/api/v1/households?q=${badNo}`);
    check(refused.items.length === 0, 'the household with a problem was not imported');
  },
};
