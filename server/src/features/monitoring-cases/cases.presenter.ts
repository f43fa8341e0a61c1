import {
  computeCaseFlags, discoveryChannels, findCaseStep, monitoringCaseSteps, monitoringCaseTypes, presentCaseState, riskEliminationKinds,
  riskTypes, type MonitoringCaseStep, type StoredCaseState,
} from '@fupin/core';
import type { MonitoringCaseStepTable } from '../../db/tables/monitoring-cases.tables.ts';
import type { AlertView } from '../monitoring/monitoring.schemas.ts';
import type { CaseRow } from './cases.repository.ts';
import type { CaseSummary, CaseView } from './cases.schemas.ts';

const STORED_STATES: readonly StoredCaseState[] = ['alerted', 'verifying', 'rejected', 'included', 'riskEliminated'];

export function storedState(row: Pick<CaseRow, 'id' | 'state'>): StoredCaseState {
  const state = STORED_STATES.find((s) => s === row.state);
  if (!state) throw new Error(`monitoring case ${row.id} has an unknown state ${row.state}`);
  return state;
}

export function currentStepOf(row: Pick<CaseRow, 'currentStep'>): MonitoringCaseStep | null {
  return row.currentStep !== null && monitoringCaseSteps.has(row.currentStep) ? row.currentStep : null;
}

export function parseRisks(json: string) {
  return (JSON.parse(json) as string[]).filter((r) => riskTypes.has(r)).filter((r, i, all) => all.indexOf(r) === i) as CaseSummary['risks'];
}

export function presentCaseSummary(row: CaseRow, today: string, waitingFor: CaseSummary['waitingFor'] = null): CaseSummary {
  const state = storedState(row);
  const currentStep = currentStepOf(row);
  const measureCount = Number(row.measureCount ?? 0);
  const greenChannel = row.greenChannel === 1;
  const owner = currentStep ? findCaseStep(currentStep)?.owner ?? null : null;
  const eliminationKind = row.eliminationKind !== null && riskEliminationKinds.has(row.eliminationKind) ? row.eliminationKind : null;
  return {
    id: row.id, caseNo: `${row.householdNo}-${row.sequence}`, householdId: row.householdId, householdNo: row.householdNo, headName: row.headName,
    villageCode: row.villageCode, villageName: row.villageName ?? null,
    type: monitoringCaseTypes.has(row.type) ? row.type : 'edgeOfPoverty', risks: parseRisks(row.risks),
    channel: discoveryChannels.has(row.channel) ? row.channel : 'cadreScreening',
    state: presentCaseState(state, measureCount), greenChannel, paperworkOwed: greenChannel && currentStep !== null,
    currentStep, currentStepOwner: owner ? { role: owner.role, level: owner.level } : null, currentStepDueOn: currentStep ? row.stepDueOn : null,
    discoveredOn: row.discoveredOn, decisionDueOn: row.decisionDueOn, includedOn: row.includedOn, measureDueOn: row.measureDueOn,
    closedOn: row.closedOn, eliminationKind, measureCount, alertCount: Number(row.alertCount ?? 0),
    flags: computeCaseFlags({
      state, greenChannel, currentStep, stepDueOn: row.stepDueOn, decisionDueOn: row.decisionDueOn, measureDueOn: row.measureDueOn, measureCount,
    }, today),
    previousCaseId: row.previousCaseId, waitingFor,
  };
}

export function presentCaseStep(s: MonitoringCaseStepTable, today: string): CaseView['steps'][number] {
  const step = monitoringCaseSteps.has(s.step) ? s.step : 'verification';
  const decision = s.decision === 'approved' || s.decision === 'rejected' ? s.decision : null;
  return {
    step, ownerRole: s.ownerRole, ownerLevel: s.ownerLevel, startedOn: s.startedOn, dueOn: s.dueOn, decision, reason: s.reason,
    decidedOn: s.decidedOn, decidedAt: s.decidedAt, decidedByName: s.decidedByName,
    overdue: decision === null ? today > s.dueOn : (s.decidedOn ?? '') > s.dueOn,
  };
}

type TimelineEntry = CaseView['timeline'][number];
type MeasureItem = CaseView['measures'][number];

/**
 * The case's story in order: opening, alerts, each decided step, inclusion, measures, closing.
 * Entries carry codes (the screen labels them in its language) and the user's own words.
 */
export function buildTimeline(row: CaseRow, steps: readonly CaseView['steps'][number][], alerts: readonly AlertView[], measures: readonly MeasureItem[]): TimelineEntry[] {
  const entry = (e: Partial<TimelineEntry> & Pick<TimelineEntry, 'on' | 'kind'>): TimelineEntry => ({ at: null, step: null, decision: null, detail: null, byName: null, ...e });
  const entries: TimelineEntry[] = [
    entry({ at: row.openedAt, on: row.discoveredOn, kind: 'opened', decision: row.greenChannel === 1 ? 'greenChannel' : null, detail: row.channel, byName: row.openedByName }),
    ...alerts.map((a) => entry({ at: a.raisedAt, on: a.raisedAt.slice(0, 10), kind: 'alertRaised', detail: a.riskType })),
    ...steps.filter((s) => s.decision !== null).map((s) => entry({
      at: s.decidedAt, on: s.decidedOn ?? s.startedOn, kind: 'stepDecided', step: s.step, decision: s.decision, detail: s.reason, byName: s.decidedByName,
    })),
    ...measures.map((m) => entry({ on: m.startDate, kind: 'measure', detail: m.measureType })),
  ];
  if (row.includedOn) {
    const approval = steps.find((s) => s.step === 'countyApproval' && s.decision === 'approved');
    entries.push(entry({ at: row.greenChannel === 1 ? row.openedAt : approval?.decidedAt ?? null, on: row.includedOn, kind: 'included' }));
  }
  if (row.closedOn && (row.state === 'rejected' || row.state === 'riskEliminated')) {
    entries.push(entry({ at: row.closedAt, on: row.closedOn, kind: row.state, decision: row.eliminationKind, detail: row.closeReason, byName: row.closedByName }));
  }
  // Within a day, entries without a time (measures) come last; the sort is stable, so the order above breaks ties.
  return entries.sort((a, b) => a.on.localeCompare(b.on) || (a.at ?? '~').localeCompare(b.at ?? '~'));
}
