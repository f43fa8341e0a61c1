import type { Locator, Page } from 'playwright-core';
import { getJson, type OverviewFigures, populatedChildren } from '../support/api.ts';
import { check, type Journey, signIn } from '../support/journey.ts';

const CHART_HEIGHT = 300;

/** The households figure of the statistic card, as digits. */
async function shownHouseholds(page: Page): Promise<number> {
  const text = await page.locator('[data-stat=households] .ant-statistic-content').innerText();
  return Number(text.replace(/\D/g, ''));
}

async function waitForHouseholds(page: Page, expected: number): Promise<void> {
  await page.waitForFunction((n) => {
    const el = document.querySelector('[data-stat=households] .ant-statistic-content');
    return el !== null && Number((el.textContent ?? '').replace(/\D/g, '')) === n;
  }, expected);
}

/**
 * Clicks the first bar of a horizontal bar chart: moves along the middle of its band until the
 * chart shows the pointer a clickable bar has, then clicks there.
 */
async function clickFirstBar(chart: Locator, bars: number): Promise<void> {
  const box = await chart.boundingBox();
  check(box !== null, 'the incidence chart is on screen');
  const page = chart.page();
  const plotTop = 16;
  const plotHeight = CHART_HEIGHT - plotTop - 32;
  const y = box.y + plotTop + plotHeight / bars / 2;
  for (let x = box.x + 40; x < box.x + box.width - 40; x += 8) {
    await page.mouse.move(x, y);
    const cursor = await chart.evaluate((el) => getComputedStyle(el.firstElementChild ?? el).cursor);
    if (cursor === 'pointer') {
      await page.mouse.click(x, y);
      return;
    }
  }
  throw new Error('no clickable bar found in the incidence chart');
}

export const overviewJourney: Journey = {
  name: 'the overview charts the demo county and drilling into a township narrows them',
  async run(ctx) {
    const { page } = ctx;
    await signIn(ctx, '/');
    await page.getByRole('heading', { level: 1, name: '东胜区概览' }).waitFor();
    const county = await getJson<OverviewFigures>(page, '/api/v1/overview');
    await waitForHouseholds(page, county.totals.households);
    check(county.totals.households > 0, 'the demo county has households');

    // Five charts are drawn (status, type, incidence, causes, incomes).
    await page.waitForFunction(() => document.querySelectorAll('.chart-card .echart canvas').length >= 5);
    const incidenceCard = page.locator('.chart-card').filter({ has: page.getByRole('heading', { name: '各乡镇（街道）贫困发生率' }) });
    const townships = await populatedChildren(page, county.region.code);
    check(townships.length > 1, 'the county has several townships with households');

    // Clicking a township's bar drills down: the address, the side tree and the figures follow.
    const township = townships[0];
    check(township !== undefined, 'a township to drill into');
    await clickFirstBar(incidenceCard.locator('.echart'), townships.length);
    await page.waitForURL(new RegExp(`[?&]region=${township.code}(&|$)`));
    await page.getByRole('heading', { level: 1, name: `${township.name}概览` }).waitFor();
    await waitForHouseholds(page, township.households);
    check((await shownHouseholds(page)) < county.totals.households, 'the township shows fewer households than the county');
    await page.locator('.ant-tree-treenode-selected').getByText(township.name, { exact: true }).waitFor();

    // The table view says the same, and its names drill down too (for keyboard users).
    const villageCard = page.locator('.chart-card').filter({ has: page.getByRole('heading', { name: '各村贫困发生率' }) });
    await villageCard.getByText('表格', { exact: true }).click();
    const villages = await populatedChildren(page, township.code);
    const village = villages[0];
    check(village !== undefined, 'the township has a village with households');
    await villageCard.locator('.numbers-table').getByText(village.name, { exact: true }).waitFor();
    check(await villageCard.getByText('图表', { exact: true }).isVisible(), 'the card can switch back to the chart');
    await villageCard.getByRole('button', { name: `查看${village.name}` }).click();
    await page.waitForURL(new RegExp(`[?&]region=${village.code}(&|$)`));
    await waitForHouseholds(page, village.households);
    await page.getByRole('heading', { name: '本村贫困发生率' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.chart-card .echart canvas').length >= 4);
  },
};
