import type { Decision } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { assertWritableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { ExitEvaluationReportRow } from '../../db/tables/policy.tables.ts';
import { AppError } from '../../errors/app-error.ts';
import { evaluateCounty, evaluateVillage, type InfrastructureCheck } from './area-evaluation.service.ts';
import { findExitReportInScope, findExitReports, insertExitReport } from './exit-reports.repository.ts';

export interface ExitReportInput {
  level: 'village' | 'county';
  regionCode: string;
  year: number;
  /** The recorded sampling exercise whose findings a county report uses. */
  samplingExerciseId?: string | null | undefined;
  infrastructure?: InfrastructureCheck[] | undefined;
  note?: string | null | undefined;
}

export interface ExitReportView {
  id: string;
  level: 'village' | 'county';
  regionCode: string;
  year: number;
  outcome: string;
  decision: Decision;
  evidence: Record<string, unknown>;
  note: string | null;
  recordedByName: string;
  recordedAt: string;
}

export function presentExitReport(row: ExitEvaluationReportRow): ExitReportView {
  return {
    id: row.id, level: row.level === 'county' ? 'county' : 'village', regionCode: row.villageCode, year: row.year, outcome: row.outcome,
    decision: JSON.parse(row.decision) as Decision, evidence: JSON.parse(row.evidence) as Record<string, unknown>,
    note: row.note, recordedByName: row.recordedByName, recordedAt: row.recordedAt,
  };
}

/**
 * Evaluates a village or county from the data as it stands and records the decision with its
 * evidence (the counts, the sampling exercise used and its findings, the checks), so the report holds even if data change.
 * Village reports need registry:write (township and county); county reports need policy:manage.
 */
export async function recordExitReport(ctx: AppContext, actor: Actor, input: ExitReportInput): Promise<ExitReportView> {
  requirePermission(actor, input.level === 'county' ? 'policy:manage' : 'registry:write');
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  if (input.level === 'village' && actor.regionCode.length > 9) {
    throw new AppError('FORBIDDEN', 'a village exit report is recorded by the township or the county', { field: 'regionCode' });
  }
  let decision: Decision;
  let evidence: Record<string, unknown>;
  if (input.level === 'village') {
    const evaluation = await evaluateVillage(ctx, actor, input.regionCode, input.year, { infrastructure: input.infrastructure });
    decision = evaluation.exit;
    evidence = { name: evaluation.villageName, counts: evaluation.counts, incomePerCapita: evaluation.incomePerCapita, infrastructure: input.infrastructure ?? [] };
  } else {
    const evaluation = await evaluateCounty(ctx, actor, input.regionCode, input.year, input.samplingExerciseId ?? null);
    decision = evaluation.exit;
    evidence = { name: evaluation.countyName, counts: evaluation.counts, sampling: evaluation.sampling, samplingExercise: evaluation.samplingExercise };
  }
  const at = ctx.now().toISOString();
  const row: ExitEvaluationReportRow = {
    id: uuidv7(), level: input.level, villageCode: input.regionCode, year: input.year, outcome: decision.outcome,
    decision: JSON.stringify(decision), evidence: JSON.stringify(evidence), note: input.note ?? null,
    recordedBy: actor.userId, recordedByName: actor.username, recordedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertExitReport(trx, row);
    await recordAudit(trx, actor, {
      action: 'exitReport.record', entityType: 'exitEvaluationReport', entityId: row.id, regionCode: input.regionCode,
      details: { level: input.level, year: input.year, outcome: decision.outcome },
    }, at);
  });
  return presentExitReport(row);
}

export async function listExitReports(ctx: AppContext, actor: Actor, regionCode: string, level: 'village' | 'county' | undefined): Promise<ExitReportView[]> {
  requirePermission(actor, 'registry:read');
  return (await findExitReports(ctx.db, actor, regionCode, level)).map(presentExitReport);
}

export async function getExitReport(ctx: AppContext, actor: Actor, id: string): Promise<ExitReportView> {
  requirePermission(actor, 'registry:read');
  const row = await findExitReportInScope(ctx.db, actor, id);
  if (!row) throw new AppError('OUT_OF_SCOPE', `exit report ${id} not found in your region`);
  return presentExitReport(row);
}
