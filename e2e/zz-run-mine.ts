import { launchBrowser } from './support/browser.ts';
import { registerHouseholdJourney } from './journeys/register-household.journey.ts';
import { idNumberValidationJourney } from './journeys/id-number-validation.journey.ts';
import { revealIdNumberJourney } from './journeys/reveal-id-number.journey.ts';
import { recordIncomeJourney } from './journeys/record-income.journey.ts';
const only = process.argv[2];
const browser = await launchBrowser();
for (const j of [registerHouseholdJourney, idNumberValidationJourney, revealIdNumberJourney, recordIncomeJourney]) {
  if (only && !j.name.includes(only)) continue;
  const context = await browser.newContext({ viewport: j.viewport ?? { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text().slice(0, 600)); });
  const t0 = Date.now();
  try {
    await j.run({ page, context, baseUrl: 'http://localhost:4517' });
    console.log('OK', j.name, Date.now() - t0);
  } catch (e) {
    console.log('FAIL', j.name, e instanceof Error ? e.message.split('\n').slice(0, 8).join('\n') : e);
  }
  await page.screenshot({ path: `/tmp/shots/j-${j.name.slice(0, 20).replace(/\W+/g, '-')}.png`, fullPage: true });
  await context.close();
}
await browser.close();
