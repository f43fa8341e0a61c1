import type { Flag } from '../schema.ts';

/** Tables of monitoring cases (migration 2026-11-23-0012-monitoring-cases). */
export interface MonitoringCaseTables {
  monitoringCases: MonitoringCaseTable;
  monitoringCaseSteps: MonitoringCaseStepTable;
}

export interface MonitoringCaseTable {
  id: string;
  householdId: number;
  villageCode: string;
  /** 1 for a household's first case, 2 for the next (the case number is household no + sequence). */
  sequence: number;
  type: string;
  /** JSON array of risk codes. */
  risks: string;
  channel: string;
  triggerNote: string | null;
  discoveredOn: string;
  greenChannel: Flag;
  /** Stored state: alerted, verifying, rejected, included or riskEliminated (assisting is derived). */
  state: string;
  currentStep: string | null;
  stepStartedOn: string | null;
  stepDueOn: string | null;
  decisionDueOn: string;
  includedOn: string | null;
  measureDueOn: string | null;
  closedOn: string | null;
  closeReason: string | null;
  eliminationKind: string | null;
  closedByName: string | null;
  closedAt: string | null;
  previousCaseId: string | null;
  openedBy: string;
  openedByName: string;
  openedAt: string;
  updatedAt: string;
  version: number;
}

export interface MonitoringCaseStepTable {
  id: string;
  caseId: string;
  villageCode: string;
  step: string;
  ownerRole: string;
  ownerLevel: string;
  startedOn: string;
  dueOn: string;
  decision: string | null;
  reason: string | null;
  decidedOn: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
}
