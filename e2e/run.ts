import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { englishJourney } from './journeys/english.journey.ts';
import { householdListJourney } from './journeys/household-list.journey.ts';
import { idNumberValidationJourney } from './journeys/id-number-validation.journey.ts';
import { importHouseholdsJourney } from './journeys/import-households.journey.ts';
import { identificationProcedureJourney } from './journeys/identification-procedure.journey.ts';
import { monitoringCaseJourney } from './journeys/monitoring-case.journey.ts';
import { overviewJourney } from './journeys/overview.journey.ts';
import { pairedCadreVisitJourney } from './journeys/paired-cadre-visit.journey.ts';
import { phoneJourney } from './journeys/phone.journey.ts';
import { recordIncomeJourney } from './journeys/record-income.journey.ts';
import { educationAidJourney } from './journeys/education-aid.journey.ts';
import { policyEvaluationJourney } from './journeys/policy-evaluation.journey.ts';
import { printPagesJourney } from './journeys/print-pages.journey.ts';
import { regionTreeJourney } from './journeys/region-tree.journey.ts';
import { registerHouseholdJourney } from './journeys/register-household.journey.ts';
import { revealIdNumberJourney } from './journeys/reveal-id-number.journey.ts';
import { sessionExpiryJourney } from './journeys/session-expiry.journey.ts';
import { signInJourney } from './journeys/sign-in.journey.ts';
import { userAdminJourney } from './journeys/user-admin.journey.ts';
import { villageScopeJourney } from './journeys/village-scope.journey.ts';
import { launchBrowser } from './support/browser.ts';
import type { Journey } from './support/journey.ts';
import { type RunningServer, startServer } from './support/server.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Screenshots and the server log: beside the CI logs when CI says where, else under .artifacts/. */
const ARTIFACTS = path.join(process.env.FUPIN_CI_ARTIFACTS ?? path.join(REPO_ROOT, '.artifacts'), 'e2e');
const JOURNEY_TIMEOUT_MS = 60_000;

// The monitoring case journey runs before the journeys that record measures and change the threshold: the demo county's
// alerts are few, and a household helped today would show its included case as assisting.
const JOURNEYS: Journey[] = [signInJourney, englishJourney, regionTreeJourney, householdListJourney, sessionExpiryJourney, phoneJourney,
  overviewJourney, villageScopeJourney, userAdminJourney, monitoringCaseJourney,
  registerHouseholdJourney, idNumberValidationJourney, revealIdNumberJourney, recordIncomeJourney, educationAidJourney, importHouseholdsJourney,
  identificationProcedureJourney, pairedCadreVisitJourney, policyEvaluationJourney, printPagesJourney];

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`the journey took longer than ${ms / 1000} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one journey in a fresh browser context; its screenshot is kept whether it passed or not. */
async function runJourney(browser: Browser, baseUrl: string, journey: Journey): Promise<string | undefined> {
  const context = await browser.newContext({ viewport: journey.viewport ?? { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let failure: string | undefined;
  try {
    await withTimeout(journey.run({ page, context, baseUrl }), JOURNEY_TIMEOUT_MS);
    if (pageErrors.length) failure = `uncaught errors in the page: ${pageErrors.join(' | ')}`;
  } catch (error) {
    failure = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n      ') : String(error);
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, `${slug(journey.name)}.png`), fullPage: true }).catch(() => undefined);
    await context.close();
  }
  return failure;
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) {
    process.stderr.write('e2e: the web app is not built; run `npm run build` first\n');
    return 1;
  }
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const only = process.argv[2];
  const journeys = only ? JOURNEYS.filter((j) => slug(j.name).includes(only)) : JOURNEYS;

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    process.stdout.write('e2e: starting the server with the demo county…\n');
    server = await startServer(REPO_ROOT, ARTIFACTS);
    browser = await launchBrowser();
    for (const journey of journeys) {
      const started = Date.now();
      const failure = await runJourney(browser, server.baseUrl, journey);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (failure) {
        failed += 1;
        process.stdout.write(`  ✗ ${journey.name} (${seconds} s)\n      ${failure}\n`);
      } else {
        passed += 1;
        process.stdout.write(`  ✓ ${journey.name} (${seconds} s)\n`);
      }
    }
  } catch (error) {
    failed += Math.max(1, journeys.length - passed - failed);
    process.stdout.write(`e2e: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  process.stdout.write(`screenshots: ${path.relative(REPO_ROOT, ARTIFACTS)}/\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
