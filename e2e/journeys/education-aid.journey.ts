import { openDropdown } from '../support/dropdown.ts';
import { check, type Journey, signIn } from '../support/journey.ts';

export const educationAidJourney: Journey = {
  name: 'education aid: see students who should receive aid and do not, record a payment, and see the student leave the list',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/education-aid');
    await page.getByRole('heading', { name: '教育资助' }).waitFor();
    const summary = page.locator('.programme-summary');
    await summary.waitFor();
    const before = await summary.innerText();
    check(before.includes('应助未助'), `the summary counts the students missing aid (${before})`);
    const rows = page.locator('.education-aid__students .ant-table-row');
    await rows.first().waitFor();
    const first = rows.first();
    const student = (await first.locator('td').first().innerText()).trim();
    await first.getByRole('button', { name: '登记发放' }).first().click();
    const dialog = page.getByRole('dialog');
    const calendar = await openDropdown(page, dialog.getByLabel('发放日期'));
    await calendar.locator('.ant-picker-now-btn, .ant-picker-today-btn').first().click();
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/education-aid/payments'));
    await dialog.getByRole('button', { name: '保存' }).click();
    const answer = await saved;
    check(answer.status() === 201, `the payment was recorded (${answer.status()})`);
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction((before) => document.querySelector('.programme-summary')?.textContent !== before, before);
    check(await page.locator('.education-aid__students .ant-table-row').filter({ hasText: student }).count() <= 1, 'the list was refreshed');
  },
};
