import { measureTypeRule, measureTypes, povertyCauses } from '@fupin/core';
import { callApi, getJson } from '../support/api.ts';
import { check, type Journey, signIn } from '../support/journey.ts';
import { chooseOption } from '../support/dropdown.ts';

interface HouseholdItem { id: number; householdNo: string; headName: string; villageCode: string; mainCause: string | null }
interface Plan { items: { code: string; isMain: boolean; isAnswered: boolean; suggestedTypes: string[] }[] }

const PASSWORD = 'e2e-Cadre-2026!';
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export const pairedCadreVisitJourney: Journey = {
  name: 'a paired cadre on a phone records a visit and a measure and sees the cause answered',
  viewport: { width: 390, height: 844 },
  async run(ctx) {
    const { page, context } = ctx;
    // Set-up through the API as the administrator: a household still without measures, a cadre user, the pairing.
    await signIn(ctx, '/');
    const list = await getJson<{ items: HouseholdItem[] }>(page, '/api/v1/households?pageSize=100&povertyStatus=poor&sort=householdNo');
    let household: HouseholdItem | undefined;
    let cause = '';
    for (const h of list.items) {
      if (!h.mainCause) continue;
      const plan = await getJson<Plan>(page, `/api/v1/households/${h.id}/assistance-plan`);
      const main = plan.items.find((i) => i.isMain && !i.isAnswered);
      const pairings = await getJson<unknown[]>(page, `/api/v1/pairings?householdId=${h.id}&activeOnly=true`);
      if (main && pairings.length === 0) {
        household = h;
        cause = main.code;
        break;
      }
    }
    check(household !== undefined, 'the demo county has a poor household whose main cause has no measure');
    const plan = await getJson<Plan>(page, `/api/v1/households/${household.id}/assistance-plan`);
    const type = plan.items.find((i) => i.code === cause)?.suggestedTypes.find((c) => measureTypes.has(c) && !measureTypeRule(c).isPerMember);
    check(type !== undefined && measureTypes.has(type), `a household-level measure answers ${cause}`);

    const username = `cadre-${Date.now().toString(36)}`;
    const user = await callApi<{ user: { id: string } }>(page, 'POST', '/api/v1/users', { username, displayName: '刘帮扶', role: 'pairedCadre', regionCode: household.villageCode.slice(0, 6), password: PASSWORD });
    check(user.status === 201, `the cadre's account is created (${user.status})`);
    const cadre = await callApi<{ id: string; userId: string | null }>(page, 'POST', '/api/v1/cadres', { name: '刘帮扶', unit: '东胜区乡村振兴局', level: 'county', position: '干部', phone: '13900000000', regionCode: household.villageCode.slice(0, 6), userId: user.body.user.id });
    check(cadre.status === 201 && cadre.body.userId === user.body.user.id, `the cadre is created and linked to the account (${cadre.status})`);
    const pairing = await callApi(page, 'POST', '/api/v1/pairings', { cadreId: cadre.body.id, householdId: household.id, startDate: isoDay(-60) });
    check(pairing.status === 201, `the cadre is paired with the household (${pairing.status})`);

    // The cadre signs in on the phone and opens "my households".
    await context.clearCookies();
    await signIn(ctx, '/my-households', { username, password: PASSWORD });
    await page.getByRole('heading', { name: '我的帮扶户' }).waitFor();
    const card = page.locator(`.my-household[data-household-no="${household.householdNo}"]`);
    await card.waitFor();
    const causeLabel = povertyCauses.has(cause) ? povertyCauses.label(cause, 'zh') : cause;
    await card.getByText(`致贫原因尚无措施：${causeLabel}`).waitFor();
    await card.getByText(/尚未走访，已逾期/).waitFor();

    // A visit.
    await card.getByRole('button', { name: '登记走访' }).click();
    const visitDialog = page.getByRole('dialog', { name: '登记走访' });
    await visitDialog.getByLabel('走访情况').fill('户主在家，了解了收入和看病情况。');
    const visitSaved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/households/${household.id}/visits`));
    await visitDialog.getByRole('button', { name: '保存' }).click();
    check((await visitSaved).status() === 201, 'the visit is saved');
    await visitDialog.waitFor({ state: 'hidden' });
    await card.getByText(`上次走访：${isoDay(0)}`).waitFor();
    check(await card.getByText(/尚未走访/).count() === 0, 'the visit is no longer due');

    // A measure answering the main cause.
    await card.getByRole('button', { name: '登记帮扶措施' }).click();
    const measureDialog = page.getByRole('dialog', { name: '登记帮扶措施' });
    await chooseOption(page, measureDialog, '措施类型', measureTypes.label(type, 'zh'));
    await measureDialog.getByLabel('金额（元）').fill('1200.50');
    const measureSaved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/households/${household.id}/measures`));
    await measureDialog.getByRole('button', { name: '保存' }).click();
    const measure = await measureSaved;
    const body = await measure.json() as { amount: number | null };
    check(measure.status() === 201, `the measure is saved (${measure.status()})`);
    check(body.amount === 120_050, `the amount arrived in fen (${body.amount})`);
    await measureDialog.waitFor({ state: 'hidden' });
    await card.getByText(`致贫原因尚无措施：${causeLabel}`).waitFor({ state: 'detached' });

    // The household's plan shows the cause answered.
    await card.getByRole('link', { name: '查看详情' }).click();
    await page.waitForURL(/tab=assistance/);
    const item = page.locator(`.plan-item[data-cause="${cause}"]`);
    await item.getByText('已有措施').waitFor();
    check(await item.evaluate((el) => el.classList.contains('plan-item--answered')), 'the main cause is marked answered');
    await page.goto(`${ctx.baseUrl}/my-households`);
    await card.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `"my households" fits the phone's width (overflows by ${overflow}px)`);
    const buttonHeight = await card.getByRole('button', { name: '登记走访' }).evaluate((el) => el.getBoundingClientRect().height);
    check(buttonHeight >= 44, `the buttons are big enough to touch (${buttonHeight}px)`);
  },
};
