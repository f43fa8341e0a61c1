import type { ColumnType, Selectable } from 'kysely';

/** Procedures (identification, household exit), village quotas and sampling exercises. */
export interface ProcedureTables {
  procedures: ProcedureTable;
  procedureSteps: ProcedureStepTable;
  procedureObjections: ProcedureObjectionTable;
  villageQuotas: VillageQuotaTable;
  samplingExercises: SamplingExerciseTable;
  sampledHouseholds: SampledHouseholdTable;
}

export interface ProcedureTable {
  id: string;
  kind: string;
  householdId: number;
  villageCode: string;
  year: number;
  status: string;
  currentStep: string | null;
  /** The step row now waiting (null once the procedure has ended). */
  currentStepId: string | null;
  /** The household's poverty status before the procedure, restored when an application is rejected. */
  previousStatus: string;
  outcomeReason: string | null;
  openedOn: string;
  openedBy: string;
  openedByName: string;
  openedAt: string;
  closedOn: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface ProcedureStepTable {
  id: string;
  procedureId: string;
  villageCode: string;
  seq: number;
  step: string;
  startedOn: string;
  dueOn: string;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  decision: string | null;
  reason: string | null;
  decidedOn: string | null;
  recordedAt: string | null;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  /** JSON: what the step rested on (e.g. the exit evaluation's reasons). */
  details: ColumnType<string, string | undefined, string>;
}

export interface ProcedureObjectionTable {
  id: string;
  procedureId: string;
  stepId: string;
  villageCode: string;
  step: string;
  receivedOn: string;
  objector: string | null;
  content: string;
  status: string;
  upheldAction: string | null;
  resolution: string | null;
  resolvedOn: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export interface VillageQuotaTable {
  villageCode: string;
  year: number;
  quota: number;
  setBy: string;
  setByName: string;
  setAt: string;
}

export interface SamplingExerciseTable {
  id: string;
  regionCode: string;
  year: number;
  seed: string;
  sampleSize: number;
  /** JSON: [{ stratum, ratio }]. */
  ratios: string;
  /** JSON: the draw per stratum (target, available, drawn). */
  strata: string;
  /** JSON: the thresholds in percent. */
  thresholds: string;
  poorPeople: number;
  population: number;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

export interface SampledHouseholdTable {
  exerciseId: string;
  householdId: number;
  villageCode: string;
  stratum: string;
  position: number;
  memberCount: number;
  isWronglyExited: number | null;
  isMissed: number | null;
  approves: number | null;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: string | null;
}

export type ProcedureRow = Selectable<ProcedureTable>;
export type ProcedureStepRow = Selectable<ProcedureStepTable>;
export type ProcedureObjectionRow = Selectable<ProcedureObjectionTable>;
export type SamplingExerciseRow = Selectable<SamplingExerciseTable>;
export type SampledHouseholdRow = Selectable<SampledHouseholdTable>;
