import {
  checkDangerousHousing, checkDisasterLoss, checkDropout, checkJobLoss,
  checkMainEarnerLoss, checkMedicalOutOfPocket, checkMedicalSingleStay, feedCodesThatCanFire, findMainEarner, isExitedOrMonitored, medicalCostLimit,
  medicalStayLimit, windowStart, type EarnerFacts, type FeedKind, type MonitoringReason, type MonitoringRule, type ReasonData,
} from '@fupin/core';
import type { Db } from '../../db/database.ts';
import { insertIncomeFindings } from './monitoring-income.repository.ts';
import { findFeedEvents, findMedicalCosts, findMembersOfHouseholdsWithEvents, type EarnerRow, type FeedHit } from './monitoring-scan.repository.ts';
import type { RuleSettingsInForce } from './monitoring-settings.service.ts';
import type { ScanWriter } from './scan-alerts.repository.ts';

/** A reason with the household it is about. */
export interface HouseholdReason { householdId: number; villageCode: string; reason: MonitoringReason }

export interface RuleScope { root: string; asOf: string; incomeYear: number | null; settings: RuleSettingsInForce }

/**
 * The passes of the feed rules: each reads its rows once for the rules it serves (both medical
 * rules read the same medical records of the year, so they share one walk over those). Both income
 * rules share one walk over the incomes, in SQL (evaluateIncomeRules).
 */
const FEED_PASSES: readonly (readonly MonitoringRule[])[] = [
  ['medicalOutOfPocket', 'medicalSingleStay'], ['dropout'], ['disasterLoss'], ['jobLoss'], ['dangerousHousing'], ['mainEarnerLoss'],
];

type FeedData = Extract<ReasonData, { source: 'feed' }>;

const feedData = (kind: FeedKind, hit: FeedHit): FeedData =>
  ({ source: 'feed', feedKind: kind, recordIds: [hit.id], eventDate: hit.eventDate, memberId: hit.memberId, code: hit.code });

function collect<T extends { householdId: number; villageCode: string }>(hits: readonly T[], check: (hit: T) => MonitoringReason | null): HouseholdReason[] {
  const out: HouseholdReason[] = [];
  for (const hit of hits) {
    const reason = check(hit);
    if (reason) out.push({ householdId: hit.householdId, villageCode: hit.villageCode, reason });
  }
  return out;
}

function groupByHousehold<T extends { householdId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.householdId);
    if (group) group.push(row);
    else groups.set(row.householdId, [row]);
  }
  return groups;
}

/**
 * Both income rules from one pass (those that are on), added to the scan's findings in its write
 * transaction.
 */
export async function evaluateIncomeRules(db: ScanWriter, scope: RuleScope): Promise<void> {
  const { incomeYear, settings } = scope;
  if (incomeYear === null) return;
  await insertIncomeFindings(db, scope.root, incomeYear, {
    threshold: settings.incomeBelowThreshold.enabled ? settings.incomeBelowThreshold.params.threshold ?? 0 : null,
    dropPercent: settings.incomeDrop.enabled ? settings.incomeDrop.params.dropPercent ?? 100 : null,
  });
}

/** The main earner of each household, judged on its members as the registry holds them. */
function findMainEarners(members: readonly EarnerRow[]): Map<number, number | null> {
  const earners = new Map<number, number | null>();
  for (const [id, rows] of groupByHousehold(members)) {
    const facts: EarnerFacts[] = rows.map((m) => ({
      memberId: m.memberId, relationToHead: m.relationToHead, employmentIncome: m.employmentIncome, isDeceased: m.isDeceased === 1, movedOut: m.movedOutOn !== null,
    }));
    earners.set(id, findMainEarner(facts));
  }
  return earners;
}

/**
 * Both medical rules (those of `rules` that are on) from one walk over the region's medical records
 * of the calendar year: SQL sums each household's costs and picks its costly stays; the rules from
 * core decide and explain, the total first, then each stay.
 */
async function evaluateMedicalPass(db: Db, rules: readonly MonitoringRule[], scope: RuleScope): Promise<HouseholdReason[]> {
  const { root, asOf, settings } = scope;
  const totals = settings.medicalOutOfPocket.params;
  const stays = settings.medicalSingleStay.params;
  const onTotals = rules.includes('medicalOutOfPocket');
  const onStays = rules.includes('medicalSingleStay');
  const found = await findMedicalCosts(db, root, `${asOf.slice(0, 4)}-01-01`, asOf, {
    minTotal: onTotals ? Math.min(medicalCostLimit(totals, true), medicalCostLimit(totals, false)) : null,
    minStay: onStays ? Math.min(medicalStayLimit(stays, true), medicalStayLimit(stays, false)) : null,
  });
  const out: HouseholdReason[] = [];
  for (const g of found) {
    const isMonitored = isExitedOrMonitored(g.povertyStatus);
    if (onTotals) {
      const reason = checkMedicalOutOfPocket({
        outOfPocket: g.total, isExitedOrMonitored: isMonitored,
        feed: { source: 'feed', feedKind: 'medicalCosts', recordIds: g.recordIds, eventDate: g.latest, memberId: null, code: null },
      }, totals);
      if (reason) out.push({ householdId: g.householdId, villageCode: g.villageCode, reason });
    }
    if (onStays) {
      out.push(...collect(g.stays, (h) => checkMedicalSingleStay({
        outOfPocket: h.amount, isInpatient: h.code === 'yes', isExitedOrMonitored: isMonitored, feed: feedData('medicalCosts', h),
      }, stays)));
    }
  }
  return out;
}

/**
 * Every feed rule that is on, all passes at once (`db` may run their queries side by side, the
 * SQLite reader queues them): the reasons of every pass, in the passes' order.
 */
export async function evaluateFeedRules(db: Db, scope: RuleScope): Promise<HouseholdReason[]> {
  const passes = FEED_PASSES.map((pass) => pass.filter((rule) => scope.settings[rule].enabled));
  const found = await Promise.all(passes.map((rules) => evaluateFeedPass(db, rules, scope)));
  return found.flat();
}

/** The rules of one pass that are on (not the income pass), each candidate decided and explained by core. */
async function evaluateFeedPass(db: Db, rules: readonly MonitoringRule[], scope: RuleScope): Promise<HouseholdReason[]> {
  if (rules.includes('medicalOutOfPocket') || rules.includes('medicalSingleStay')) return evaluateMedicalPass(db, rules, scope);
  const out: HouseholdReason[] = [];
  // A loop, not push(...list): a rule can return many thousands of reasons.
  for (const rule of rules) for (const r of await evaluateFeedRule(db, rule, scope)) out.push(r);
  return out;
}

/**
 * Runs one rule that reads feed records over a region: the repository narrows the region's rows
 * to candidates with set-based SQL, and the rule from core decides and explains each candidate.
 */
async function evaluateFeedRule(db: Db, rule: MonitoringRule, scope: RuleScope): Promise<HouseholdReason[]> {
  const { root, asOf } = scope;
  const params = scope.settings[rule].params;
  const window = (): { from: string; to: string } => ({ from: windowStart(asOf, params.windowDays ?? 365), to: asOf });
  // Only the records with a code the rule can fire on (none: no query); the rule decides on each.
  const codes = feedCodesThatCanFire(rule, params);
  const events = async (kind: FeedKind, from: string, to: string, latestOnly: boolean): Promise<FeedHit[]> =>
    codes?.length === 0 ? [] : findFeedEvents(db, root, kind, from, to, codes ?? [], latestOnly);
  switch (rule) {
    case 'incomeBelowThreshold':
    case 'incomeDrop':
      return []; // the income pass
    case 'medicalOutOfPocket':
    case 'medicalSingleStay':
      return evaluateMedicalPass(db, [rule], scope);
    case 'dropout': {
      const { from, to } = window();
      return collect(await events('schoolEnrolment', from, to, true), (h) => checkDropout({ asOf, feed: feedData('schoolEnrolment', h) }, params));
    }
    case 'disasterLoss': {
      const { from, to } = window();
      return collect(await events('disasterLosses', from, to, false), (h) => checkDisasterLoss({ asOf, loss: h.amount, feed: feedData('disasterLosses', h) }, params));
    }
    case 'jobLoss': {
      const { from, to } = window();
      return collect(await events('employment', from, to, true), (h) => checkJobLoss({ asOf, feed: feedData('employment', h) }, params));
    }
    case 'dangerousHousing': {
      const { from, to } = window();
      return collect(await events('housingGrades', from, to, true), (h) => checkDangerousHousing({ asOf, feed: feedData('housingGrades', h) }, params));
    }
    case 'mainEarnerLoss': {
      const { from, to } = window();
      // The members are asked for beside the events (of every household with such a record), not after them.
      const [deaths, disabilities, members] = await Promise.all([
        findFeedEvents(db, root, 'deaths', from, to, [], false), events('disabilityRegistrations', from, to, true),
        findMembersOfHouseholdsWithEvents(db, root, ['deaths', 'disabilityRegistrations'], from, to),
      ]);
      const found = [...deaths.map((h) => ({ ...h, kind: 'deaths' as const })), ...disabilities.map((h) => ({ ...h, kind: 'disabilityRegistrations' as const }))];
      const earners = findMainEarners(members);
      return collect(found, (e) => checkMainEarnerLoss({ asOf, isMainEarner: earners.get(e.householdId) === e.memberId, feed: feedData(e.kind, e) }, params));
    }
  }
}
