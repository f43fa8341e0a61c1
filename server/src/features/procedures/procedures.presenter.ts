import { findStepDefinition, isStepOverdue, procedureKinds, procedureStatuses, procedureSteps, stepDecisions } from '@fupin/core';
import type { ProcedureObjectionRow, ProcedureStepRow } from '../../db/tables/procedures.tables.ts';
import type { ProcedureSummaryRow } from './procedures.repository.ts';
import type { ExitEvaluationRecord, ProcedureSummary, ProcedureView } from './procedures.schemas.ts';

type StepView = ProcedureView['steps'][number];
type ObjectionView = ProcedureView['objections'][number];

function kindOf(code: string) {
  if (!procedureKinds.has(code)) throw new Error(`unknown procedure kind ${code}`);
  return code;
}

function stepOf(code: string) {
  if (!procedureSteps.has(code)) throw new Error(`unknown procedure step ${code}`);
  return code;
}

function statusOf(code: string) {
  if (!procedureStatuses.has(code)) throw new Error(`unknown procedure status ${code}`);
  return code;
}

export function presentProcedureSummary(row: ProcedureSummaryRow, today: string): ProcedureSummary {
  const status = statusOf(row.status);
  const waiting = status === 'inProgress' && row.stepDueOn !== null;
  return {
    id: row.id,
    kind: kindOf(row.kind),
    householdId: row.householdId,
    householdNo: row.householdNo,
    headName: row.headName,
    villageCode: row.villageCode,
    villageName: row.villageName,
    year: row.year,
    status,
    currentStep: row.currentStep === null ? null : stepOf(row.currentStep),
    stepStartedOn: waiting ? row.stepStartedOn : null,
    stepDueOn: waiting ? row.stepDueOn : null,
    noticeEndsOn: waiting ? row.noticeEndsOn : null,
    isOverdue: waiting && row.stepDueOn !== null && isStepOverdue({ dueOn: row.stepDueOn }, today),
    outcomeReason: row.outcomeReason,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
  };
}

function parseEvaluation(details: string): ExitEvaluationRecord | null {
  const value: unknown = JSON.parse(details);
  if (typeof value !== 'object' || value === null || !('evaluation' in value)) return null;
  const evaluation = (value as { evaluation: ExitEvaluationRecord }).evaluation;
  return evaluation;
}

export function presentStep(kind: string, row: ProcedureStepRow): StepView {
  const definition = findStepDefinition(kindOf(kind), row.step);
  const decision = row.decision !== null && stepDecisions.has(row.decision) ? row.decision : null;
  return {
    id: row.id,
    seq: row.seq,
    step: stepOf(row.step),
    startedOn: row.startedOn,
    dueOn: row.dueOn,
    noticeStartsOn: row.noticeStartsOn,
    noticeEndsOn: row.noticeEndsOn,
    decision,
    reason: row.reason,
    decidedOn: row.decidedOn,
    recordedAt: row.recordedAt,
    actorName: row.actorName,
    actorRole: row.actorRole,
    ownerRole: definition?.owner.role ?? '',
    ownerLevel: definition?.owner.level ?? '',
    evaluation: parseEvaluation(row.details),
  };
}

const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed', 'superseded'] as const;

export function presentObjection(row: ProcedureObjectionRow): ObjectionView {
  const status = OBJECTION_STATUSES.find((s) => s === row.status) ?? 'open';
  const upheldAction = row.upheldAction === 'reject' || row.upheldAction === 'sendBack' ? row.upheldAction : null;
  return {
    id: row.id,
    stepId: row.stepId,
    step: stepOf(row.step),
    receivedOn: row.receivedOn,
    objector: row.objector,
    content: row.content,
    status,
    upheldAction,
    resolution: row.resolution,
    resolvedOn: row.resolvedOn,
    resolvedByName: row.resolvedByName,
    recordedByName: row.recordedByName,
    recordedAt: row.recordedAt,
  };
}
