import type { MonitoringAlert } from '../monitoring/monitoring.api.ts';
import type { MonitoringCase, RiskEliminationDecision } from './monitoring-cases.api.ts';

/** An alert of the demo county's kind: income below the monitoring threshold. */
export function incomeAlert(overrides: Partial<MonitoringAlert> = {}): MonitoringAlert {
  return {
    id: 'a1', householdId: 1, householdNo: '150602101201-00007', headName: '薛山', villageCode: '150602101201', villageName: '九大股村',
    povertyStatus: 'exited', riskType: 'other', status: 'open', caseId: null, rules: ['incomeBelowThreshold'],
    reasons: [{ rule: 'incomeBelowThreshold', riskType: 'other', measure: 'netIncomePerCapita', value: 466733, comparison: '<', limit: 600000, data: { source: 'income', year: 2025 } }],
    raisedAt: '2026-11-23T02:00:00.000Z', lastRaisedAt: '2026-11-23T02:00:00.000Z', raisedCount: 1, clearedAt: null, closedAt: null, closeNote: null,
    ...overrides,
  };
}

type Step = MonitoringCase['steps'][number];
const OWNERS: Readonly<Record<Step['step'], [string, string]>> = {
  verification: ['villageCadre', 'village'], appraisal: ['villageCadre', 'village'], townshipReview: ['townshipOfficer', 'township'], countyApproval: ['countyOfficer', 'county'],
};

/** A step of a case started on 16 November: approved on `decidedOn`, or still waiting. */
export function caseStep(step: Step['step'], decidedOn: string | null, overdue = false): Step {
  const [ownerRole, ownerLevel] = OWNERS[step];
  return {
    step, ownerRole, ownerLevel, startedOn: '2026-11-16', dueOn: '2026-11-21', decision: decidedOn ? 'approved' : null, reason: null,
    decidedOn, decidedAt: decidedOn ? `${decidedOn}T03:00:00.000Z` : null, decidedByName: decidedOn ? '王芳' : null, overdue,
  };
}

/** A case included by the county on 20 November, with its four steps decided and no measure yet. */
export function includedCase(overrides: Partial<MonitoringCase> = {}): MonitoringCase {
  return {
    id: 'c1', caseNo: '150602101201-00007-1', householdId: 1, householdNo: '150602101201-00007', headName: '薛山',
    villageCode: '150602101201', villageName: '九大股村', type: 'unstableExited', risks: ['other'], channel: 'departmentAlert',
    state: 'included', greenChannel: false, paperworkOwed: false, currentStep: null, currentStepOwner: null, currentStepDueOn: null,
    discoveredOn: '2026-11-16', decisionDueOn: '2026-12-11', includedOn: '2026-11-20', measureDueOn: '2026-12-20', closedOn: null,
    eliminationKind: null, measureCount: 0, alertCount: 1, flags: [], previousCaseId: null, waitingFor: null,
    triggerNote: null, openedByName: '王芳', openedAt: '2026-11-16T02:00:00.000Z',
    steps: [caseStep('verification', '2026-11-17'), caseStep('appraisal', '2026-11-18'), caseStep('townshipReview', '2026-11-19'), caseStep('countyApproval', '2026-11-20')],
    alerts: [incomeAlert({ caseId: 'c1' })],
    measures: [],
    elimination: null,
    rejection: null,
    timeline: [
      { at: '2026-11-16T02:00:00.000Z', on: '2026-11-16', kind: 'opened', step: null, decision: null, detail: 'departmentAlert', byName: '王芳' },
      { at: '2026-11-17T03:00:00.000Z', on: '2026-11-17', kind: 'stepDecided', step: 'verification', decision: 'approved', detail: '入户核实属实', byName: '王芳' },
      { at: '2026-11-20T03:00:00.000Z', on: '2026-11-20', kind: 'included', step: null, decision: null, detail: null, byName: '李县' },
    ],
    allowedActions: { steps: [], eliminate: true },
    ...overrides,
  };
}

/** The refusal of an elimination right after inclusion: monitored too briefly, no measure yet. */
export function refusedDecision(): RiskEliminationDecision {
  const reason = (rule: string, outcome: 'pass' | 'fail', zh: string) => ({ rule, outcome, data: {}, dates: {}, policy: [], text: { zh, en: rule } });
  return {
    subject: 'monitoringCase.riskElimination', outcome: 'refused', year: 2026,
    reasons: [
      reason('household.ableToWork', 'pass', '家中有劳动能力的成员'),
      reason('case.monitoredMonths', 'fail', '监测未满 6 个月'),
      reason('case.measureTaken', 'fail', '尚未落实帮扶措施'),
    ],
    text: { zh: '不符合风险消除条件', en: 'Refused' },
  };
}
