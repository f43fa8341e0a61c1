import type { BrowserContext, Page } from 'playwright-core';
import { check, type Journey, signIn } from '../support/journey.ts';
import { populatedChildren } from '../support/api.ts';
import { getJson } from '../support/api.ts';

/** A4 in PostScript points (210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };
/** Fonts that carry Chinese glyphs; anything else means boxes on paper. */
const CJK_FONT = /CJK|Source Han|Song|Hei|Kai|Ming|WenQuanYi|PingFang|YaHei|Droid Sans Fallback|AR PL/i;
const FULL_ID_NUMBER = /(?<![\d*])\d{17}[\dX](?![\d*])/;
const MASKED_ID_NUMBER = /\d{4}\*{10}\d{3}[\dX]/;

/** Opens the link a click makes in a new tab and waits for its page to load. */
async function openInNewTab(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page'), click()]);
  await opened.waitForLoadState('load');
  return opened;
}

/** The page printed to PDF as Chromium prints it, taking the page size from the print CSS: its page count and first page size. */
async function printToPdf(page: Page): Promise<{ pages: number; width: number; height: number }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
  return { pages, width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0), height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0) };
}

/** The fonts Chromium actually drew the heading with (not the ones the CSS asks for). */
async function headingFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

/** What a user relies on in a printed page: A4, Chinese characters drawn, ID numbers masked. */
async function checkPrintPage(page: Page, title: string): Promise<{ pages: number; text: string }> {
  await page.locator('h1').first().filter({ hasText: title }).waitFor();
  const text = await page.locator('body').innerText();
  check(!FULL_ID_NUMBER.test(text), `${title}: no ID number is printed in full`);
  check(MASKED_ID_NUMBER.test(text), `${title}: members' ID numbers are printed masked`);
  const fonts = await headingFonts(page);
  check(fonts.some((f) => CJK_FONT.test(f)), `${title}: the Chinese heading is drawn with a Chinese font (drawn with: ${fonts.join(', ') || 'none'})`);
  const pdf = await printToPdf(page);
  check(Math.abs(pdf.width - A4.width) < 1 && Math.abs(pdf.height - A4.height) < 1, `${title}: printed on A4 (got ${pdf.width} × ${pdf.height} pt)`);
  return { pages: pdf.pages, text };
}

export const printPagesJourney: Journey = {
  name: 'print a household\'s handbook and card, and a village\'s cards, on A4 with masked ID numbers',
  async run(ctx) {
    const { page, context } = ctx;
    await signIn(ctx, '/households');
    // A small village of the demo county, so that printing all of it stays quick.
    // (Other journeys may have added a household or two to an empty township: look past those.)
    const villages = [];
    for (const township of await populatedChildren(page, '150602')) villages.push(...await populatedChildren(page, township.code));
    const smallest = villages.filter((v) => v.households >= 2).sort((a, b) => a.households - b.households)[0];
    check(smallest !== undefined, 'the demo county has a village with households');
    const list = await getJson<{ items: { id: number; householdNo: string; memberCount: number }[] }>(page, `/api/v1/households?regionCode=${smallest.code}&pageSize=50`);
    const household = list.items.find((h) => h.memberCount >= 2) ?? list.items[0];
    check(household !== undefined, `village ${smallest.code} lists its households`);
    const detail = await getJson<{ villageCode: string; headName: string; members: { idNumberMasked: string }[] }>(page, `/api/v1/households/${household.id}`);

    await page.goto(`${ctx.baseUrl}/households/${household.id}?tab=print`);
    const card = await openInNewTab(context, () => page.locator('.household-print__card').getByRole('link', { name: '打开打印页' }).click());
    const printedCard = await checkPrintPage(card, '扶贫明白卡');
    check(printedCard.pages === 1, `the household card is one page (got ${printedCard.pages})`);
    check(printedCard.text.includes(detail.headName), 'the card names the head of household');
    check(detail.members.every((m) => printedCard.text.includes(m.idNumberMasked)), 'the card lists every member with the masked ID number');
    await card.close();

    const handbook = await openInNewTab(context, () => page.locator('.household-print__handbook').getByRole('link', { name: '打开打印页' }).click());
    const printedHandbook = await checkPrintPage(handbook, '扶贫手册');
    check(printedHandbook.pages >= 1 && printedHandbook.text.includes(household.householdNo), 'the handbook prints the household');
    await handbook.close();

    // The whole village from the household list: one card per household, each on its own page.
    const village = await getJson<{ total: number }>(page, `/api/v1/households?regionCode=${detail.villageCode}&pageSize=1`);
    await page.goto(`${ctx.baseUrl}/households?region=${detail.villageCode}`);
    await page.locator('.household-export__print').click();
    const cards = await openInNewTab(context, () => page.getByRole('link', { name: '打印本村明白卡（每户一页）' }).click());
    const printedCards = await checkPrintPage(cards, '扶贫明白卡');
    const documents = await cards.locator('article.document').count();
    check(documents === village.total, `the village print holds one card per household (${documents} cards, ${village.total} households)`);
    check(printedCards.pages === village.total, `each card is one page (${printedCards.pages} pages for ${village.total} households)`);
    await cards.close();
  },
};
