import type { Page } from 'playwright-core';
import { callApi, getJson } from '../support/api.ts';
import { check, type Journey, type JourneyContext, signIn } from '../support/journey.ts';

interface Scan { id: string; status: string; error: string | null }
interface AlertItem { id: string; householdId: number; householdNo: string; headName: string; villageCode: string; caseId: string | null }
interface CaseItem { id: string; state: string; householdId: number }

async function signInAs(ctx: JourneyContext, user: { username: string; password: string }, path: string) {
  await ctx.context.clearCookies();
  await signIn(ctx, path, user);
}

/** Scans the demo county now and waits for the end: the alerts the inbox starts from. */
async function scanCounty(page: Page): Promise<void> {
  const started = await callApi<Scan>(page, 'POST', '/api/v1/monitoring/scans', { regionCode: '150602' });
  check(started.status === 202, `the scan started (${started.status})`);
  for (let i = 0; i < 120; i += 1) {
    const scan = await getJson<Scan>(page, `/api/v1/monitoring/scans/${started.body.id}`);
    if (scan.status === 'finished') return;
    check(scan.status === 'running', `the scan ran to its end (${scan.status}: ${scan.error ?? ''})`);
    await page.waitForTimeout(250);
  }
  throw new Error('the scan did not finish within 30 s');
}

/** Takes the case's current step on its page and waits until the page shows the next one. */
async function approveStep(page: Page, next: RegExp) {
  await page.locator('form#case-step').getByRole('button').filter({ hasText: /^通\s*过$/ }).click();
  await page.getByText(next).first().waitFor();
  await page.locator('form#case-step .ant-btn-loading').waitFor({ state: 'detached' });
}

export const monitoringCaseJourney: Journey = {
  name: 'a village cadre opens a case from an alert in the inbox; it is verified, included, and its elimination is refused with reasons',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/');
    await scanCounty(page);
    // An alert on the first page of its village's inbox (the page asks for the same list), of a household without an open case
    // and without a measure from today on, or the included case would show as assisting (an earlier journey may have helped it).
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const county = await getJson<{ items: AlertItem[] }>(page, '/api/v1/monitoring/alerts?region=150602&status=open&attached=false&limit=200');
    check(county.items.length > 0, 'the scan raised alerts');
    let alert: AlertItem | undefined;
    for (const village of new Set(county.items.map((a) => a.villageCode))) {
      const firstPage = await getJson<{ items: AlertItem[] }>(page, `/api/v1/monitoring/alerts?region=${village}&status=open&attached=false&limit=20&offset=0`);
      for (const a of firstPage.items) {
        const open = await getJson<{ items: CaseItem[] }>(page, `/api/v1/monitoring/cases?householdId=${a.householdId}&open=true`);
        const measures = await getJson<{ startDate: string }[]>(page, `/api/v1/households/${a.householdId}/measures`);
        if (open.items.length === 0 && !measures.some((m) => m.startDate >= today)) {
          alert = a;
          break;
        }
      }
      if (alert) break;
    }
    check(alert !== undefined, 'a village has an alert on its first page for a household without an open case or a measure from today on');
    const village = alert.villageCode;
    const suffix = Date.now().toString(36);
    const users = {
      cadre: { username: `mc-vc-${suffix}`, password: 'Village-e2e-2026!', role: 'villageCadre', regionCode: village, displayName: '村干部丙' },
      township: { username: `mc-to-${suffix}`, password: 'Township-e2e-2026!', role: 'townshipOfficer', regionCode: village.slice(0, 9), displayName: '乡镇干部丙' },
      county: { username: `mc-co-${suffix}`, password: 'County-e2e-2026!', role: 'countyOfficer', regionCode: '150602', displayName: '县级干部丙' },
    };
    for (const user of Object.values(users)) {
      const created = await callApi(page, 'POST', '/api/v1/users', user);
      check(created.status === 201, `${user.role} was created (${created.status})`);
    }

    // The village cadre finds the alert in the inbox with its reasons and opens a case from it.
    await signInAs(ctx, users.cadre, '/monitoring');
    const row = page.locator('.ant-table-row').filter({ hasText: alert.householdNo });
    await row.waitFor();
    check(await row.locator('.monitoring-reasons li').count() > 0, 'the alert shows its reasons');
    await row.getByRole('button', { name: '发起核实' }).click();
    const dialog = page.getByRole('dialog', { name: '发起监测核实' });
    await dialog.getByText(`依据预警：${alert.headName} · ${alert.householdNo}，共 1 条`).waitFor();
    await dialog.getByRole('button', { name: /发起核实/ }).click();
    await page.waitForURL(/\/monitoring\/cases\/[^/?]+$/);
    await page.getByRole('heading', { name: new RegExp(alert.headName) }).waitFor();
    await page.locator('.case-state').getByText('待核实').waitFor();
    await page.getByText('当前环节：入户核实').waitFor();
    check(await page.locator('.case-alerts > li').count() === 1, 'the case shows the alert that brought it');
    const caseUrl = new URL(page.url()).pathname;

    // Verification and the village appraisal are the cadre's.
    await approveStep(page, /当前环节：村民主评议/);
    await page.locator('.case-state').getByText('认定中').waitFor();
    await approveStep(page, /当前环节：乡镇审核/);
    await page.getByText(/该环节由乡镇.*办理/).waitFor();
    const timeline = page.locator('.case-timeline');
    await timeline.getByText('建立档案').waitFor();
    check(await timeline.locator('[data-kind=stepDecided]').count() === 2, 'the timeline shows both decided steps');
    // Who decided: the cadre, by display name or user name.
    await timeline.locator('[data-kind=stepDecided]').first().getByText(new RegExp(`村干部丙|${users.cadre.username}`)).waitFor();

    // The township's review is set up through the API (its screen is the one just used); the county approves on the page.
    await ctx.context.clearCookies();
    const login = await callApi(page, 'POST', '/api/v1/auth/login', { username: users.township.username, password: users.township.password });
    check(login.status === 200, `the township officer signed in (${login.status})`);
    const reviewed = await callApi(page, 'POST', `/api/v1${caseUrl}/steps`, { step: 'townshipReview', decision: 'approve', reason: null, on: today });
    check(reviewed.status === 200, `the township reviewed the case (${reviewed.status})`);
    await signInAs(ctx, users.county, caseUrl);
    await page.getByText('当前环节：县级审定').waitFor();
    await page.locator('form#case-step').getByRole('button').filter({ hasText: /^通\s*过$/ }).click();
    await page.locator('.case-state').getByText('已纳入').waitFor();
    await page.getByText('尚未落实帮扶措施').waitFor();

    // Eliminating the risk at once is refused, and the page says why.
    const elimination = page.locator('form#elimination');
    await elimination.getByLabel('消除依据').fill('经入户核实，家庭收入已恢复');
    await elimination.getByRole('button', { name: '标注风险消除' }).click();
    const refusal = page.locator('.elimination-decision--refused');
    await refusal.getByText('不能标注风险消除').waitFor();
    const failing = await refusal.locator('.reason--fail, .reason--missing').count();
    check(failing >= 2, `the refusal names the conditions that fail (${failing})`);
    const after = await getJson<CaseItem>(page, `/api/v1/monitoring/cases${caseUrl.slice('/monitoring/cases'.length)}`);
    check(after.state === 'included', `the case stays included (${after.state})`);

    // The case page fits a phone: the steps turn vertical and nothing is wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.case-steps.ant-steps-vertical').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `the case page fits a phone's width (overflows by ${overflow}px)`);
  },
};
