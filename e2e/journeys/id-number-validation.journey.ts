import type { Request } from 'playwright-core';
import { check, type Journey, signIn } from '../support/journey.ts';

const CHECK_DIGIT_WRONG = '身份证号校验码不正确，请核对是否输错';

export const idNumberValidationJourney: Journey = {
  name: 'a bad ID number is refused as it is typed, on its field, and nothing is sent',
  async run(ctx) {
    const { page } = ctx;
    const posted: Request[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/households')) posted.push(r); });
    await signIn(ctx, '/households/new');
    const head = page.getByRole('group', { name: '成员 1' });
    const idField = head.getByLabel('身份证号');

    // A letter in the middle is wrong at once, before the number is complete.
    await idField.fill('1506021985A');
    await head.getByText('身份证号只能由 17 位数字和最后一位数字或 X 组成').waitFor();
    // A right number clears the error and shows what it tells: birth date and gender.
    await idField.fill('150602198503120026');
    await head.getByText('出生日期：1985年3月12日 · 性别：女').waitFor();
    await head.getByText('身份证号只能由').waitFor({ state: 'detached' });
    // One digit off: the check digit no longer fits, said on the field while typing; nothing is derived.
    await idField.fill('150602198503120027');
    await head.getByText(CHECK_DIGIT_WRONG).waitFor();
    await head.getByText(/出生日期：/).waitFor({ state: 'detached' });
    check(await idField.getAttribute('aria-invalid') === 'true', 'the field is marked invalid for assistive technology');

    await head.getByLabel('姓名').fill('测试');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText('请填写户编号').waitFor();
    check(await head.getByText(CHECK_DIGIT_WRONG).isVisible(), 'the error stays on the ID number field');
    check(posted.length === 0, 'the form is not sent while the ID number is wrong');
    check(new URL(page.url()).pathname === '/households/new', 'the user stays on the form');
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};
