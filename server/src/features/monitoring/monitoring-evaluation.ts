import {
  checkDangerousHousing, checkDisasterLoss, checkDropout, checkIncomeBelowThreshold, checkIncomeDrop, checkJobLoss,
  checkMainEarnerLoss, checkMedicalOutOfPocket, checkMedicalSingleStay, findMainEarner, isExitedOrMonitored, medicalCostLimit,
  medicalStayLimit, windowStart, type EarnerFacts, type FeedKind, type MonitoringReason, type MonitoringRule, type ReasonData,
} from '@fupin/core';
import type { Db } from '../../db/database.ts';
import {
  findCostlyStays, findFeedEvents, findIncomeCandidates, findMedicalYearRecords, findMembersOfHouseholds, type FeedHit,
} from './monitoring-scan.repository.ts';
import type { RuleSettingsInForce } from './monitoring-settings.service.ts';

/** A reason with the household it is about. */
export interface HouseholdReason { householdId: string; villageCode: string; reason: MonitoringReason }

export interface RuleScope { root: string; asOf: string; incomeYear: number | null; settings: RuleSettingsInForce }

/**
 * The passes of a scan: each reads its rows once for the rules it serves (both income rules
 * compare the same two years of every household, so they share one walk over the incomes).
 */
export const RULE_PASSES: readonly (readonly MonitoringRule[])[] = [
  ['incomeBelowThreshold', 'incomeDrop'], ['medicalOutOfPocket'], ['medicalSingleStay'], ['dropout'], ['disasterLoss'], ['jobLoss'],
  ['dangerousHousing'], ['mainEarnerLoss'],
];

type FeedData = Extract<ReasonData, { source: 'feed' }>;

const feedData = (kind: FeedKind, hit: FeedHit): FeedData =>
  ({ source: 'feed', feedKind: kind, recordIds: [hit.id], eventDate: hit.eventDate, memberId: hit.memberId, code: hit.code });

function collect<T extends { householdId: string; villageCode: string }>(hits: readonly T[], check: (hit: T) => MonitoringReason | null): HouseholdReason[] {
  const out: HouseholdReason[] = [];
  for (const hit of hits) {
    const reason = check(hit);
    if (reason) out.push({ householdId: hit.householdId, villageCode: hit.villageCode, reason });
  }
  return out;
}

function groupByHousehold<T extends { householdId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.householdId);
    if (group) group.push(row);
    else groups.set(row.householdId, [row]);
  }
  return groups;
}

/** Both income rules from one pass; a rule that is off is not looked for. */
async function evaluateIncomeRules(db: Db, rules: ReadonlySet<MonitoringRule>, scope: RuleScope): Promise<HouseholdReason[]> {
  const { incomeYear, settings } = scope;
  if (incomeYear === null) return [];
  const below = settings.incomeBelowThreshold.params;
  const drop = settings.incomeDrop.params;
  const hits = await findIncomeCandidates(db, scope.root, incomeYear, {
    threshold: rules.has('incomeBelowThreshold') ? below.threshold ?? 0 : null,
    dropPercent: rules.has('incomeDrop') ? drop.dropPercent ?? 100 : null,
  });
  const out: HouseholdReason[] = [];
  for (const h of hits) {
    const reasons = [
      rules.has('incomeBelowThreshold') ? checkIncomeBelowThreshold({ year: incomeYear, netIncomePerCapita: h.value }, below) : null,
      rules.has('incomeDrop') && h.previous !== null
        ? checkIncomeDrop({ year: incomeYear, netIncomePerCapita: h.value, previousNetIncomePerCapita: h.previous }, drop) : null,
    ];
    for (const reason of reasons) if (reason) out.push({ householdId: h.householdId, villageCode: h.villageCode, reason });
  }
  return out;
}

/** The main earner of each household, judged on its members as the registry holds them. */
async function findMainEarners(db: Db, householdIds: readonly string[]): Promise<Map<string, string | null>> {
  const members = groupByHousehold(await findMembersOfHouseholds(db, householdIds));
  const earners = new Map<string, string | null>();
  for (const id of householdIds) {
    const facts: EarnerFacts[] = (members.get(id) ?? []).map((m) => ({
      memberId: m.memberId, relationToHead: m.relationToHead, employmentIncome: m.employmentIncome, isDeceased: m.isDeceased === 1, movedOut: m.movedOutOn !== null,
    }));
    earners.set(id, findMainEarner(facts));
  }
  return earners;
}

/**
 * Runs one pass of rules over a region: the repository narrows the region's rows to candidates with
 * set-based SQL, and each rule from core decides and explains each candidate.
 */
export async function evaluatePass(db: Db, rules: ReadonlySet<MonitoringRule>, scope: RuleScope): Promise<HouseholdReason[]> {
  if (rules.has('incomeBelowThreshold') || rules.has('incomeDrop')) return evaluateIncomeRules(db, rules, scope);
  const [rule] = [...rules];
  return rule ? evaluateRule(db, rule, scope) : [];
}

async function evaluateRule(db: Db, rule: MonitoringRule, scope: RuleScope): Promise<HouseholdReason[]> {
  const { root, asOf } = scope;
  const params = scope.settings[rule].params;
  const window = (): { from: string; to: string } => ({ from: windowStart(asOf, params.windowDays ?? 365), to: asOf });
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  switch (rule) {
    case 'incomeBelowThreshold':
    case 'incomeDrop':
      return evaluateIncomeRules(db, new Set([rule]), scope);
    case 'medicalOutOfPocket': {
      const minTotal = Math.min(medicalCostLimit(params, true), medicalCostLimit(params, false));
      const groups = groupByHousehold(await findMedicalYearRecords(db, root, yearStart, asOf, minTotal));
      return collect([...groups.values()].flatMap((records) => {
        const first = records[0];
        return first ? [{ householdId: first.householdId, villageCode: first.villageCode, records, povertyStatus: first.povertyStatus }] : [];
      }), (g) => checkMedicalOutOfPocket({
        outOfPocket: g.records.reduce((sum, r) => sum + r.amount, 0),
        isExitedOrMonitored: isExitedOrMonitored(g.povertyStatus),
        feed: { source: 'feed', feedKind: 'medicalCosts', recordIds: g.records.map((r) => r.id), eventDate: g.records.map((r) => r.eventDate).sort().at(-1) ?? asOf, memberId: null, code: null },
      }, params));
    }
    case 'medicalSingleStay': {
      const minAmount = Math.min(medicalStayLimit(params, true), medicalStayLimit(params, false));
      return collect(await findCostlyStays(db, root, yearStart, asOf, minAmount), (h) => checkMedicalSingleStay({
        outOfPocket: h.amount, isInpatient: h.code === 'yes', isExitedOrMonitored: isExitedOrMonitored(h.povertyStatus), feed: feedData('medicalCosts', h),
      }, params));
    }
    case 'dropout': {
      const { from, to } = window();
      return collect(await findFeedEvents(db, root, 'schoolEnrolment', from, to, ['dropout'], true), (h) => checkDropout({ asOf, feed: feedData('schoolEnrolment', h) }, params));
    }
    case 'disasterLoss': {
      const { from, to } = window();
      return collect(await findFeedEvents(db, root, 'disasterLosses', from, to, [], false), (h) => checkDisasterLoss({ asOf, loss: h.amount, feed: feedData('disasterLosses', h) }, params));
    }
    case 'jobLoss': {
      const { from, to } = window();
      return collect(await findFeedEvents(db, root, 'employment', from, to, [], true), (h) => checkJobLoss({ asOf, feed: feedData('employment', h) }, params));
    }
    case 'dangerousHousing': {
      const { from, to } = window();
      return collect(await findFeedEvents(db, root, 'housingGrades', from, to, [], true), (h) => checkDangerousHousing({ asOf, feed: feedData('housingGrades', h) }, params));
    }
    case 'mainEarnerLoss': {
      const { from, to } = window();
      const events = [
        ...(await findFeedEvents(db, root, 'deaths', from, to, [], false)).map((h) => ({ ...h, kind: 'deaths' as const })),
        ...(await findFeedEvents(db, root, 'disabilityRegistrations', from, to, [], true)).map((h) => ({ ...h, kind: 'disabilityRegistrations' as const })),
      ];
      const earners = await findMainEarners(db, [...new Set(events.map((e) => e.householdId))]);
      return collect(events, (e) => checkMainEarnerLoss({ asOf, isMainEarner: earners.get(e.householdId) === e.memberId, feed: feedData(e.kind, e) }, params));
    }
  }
}
