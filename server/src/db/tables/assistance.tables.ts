import type { Selectable } from 'kysely';

/** Assistance: measures, cadres, pairings, work teams, visits (migration 2026-11-23-0006). */
export interface AssistanceTables {
  assistanceSettings: AssistanceSettingsTable;
  assistanceMeasures: AssistanceMeasureTable;
  cadres: CadreTable;
  pairings: PairingTable;
  workTeams: WorkTeamTable;
  workTeamMembers: WorkTeamMemberTable;
  workTeamDays: WorkTeamDaysTable;
  visits: VisitTable;
  visitPhotos: VisitPhotoTable;
}

export interface AssistanceSettingsTable {
  regionCode: string;
  maxPairingLoad: number;
  visitBackdateDays: number;
  visitIntervalDays: number;
  updatedAt: string;
  updatedBy: string;
}

export interface AssistanceMeasureTable {
  id: string;
  householdId: number;
  villageCode: string;
  memberId: number | null;
  measureType: string;
  startDate: string;
  endDate: string | null;
  /** Fen, or null for help in kind. */
  amount: number | null;
  inKind: string | null;
  fundingSource: string | null;
  providerKind: string | null;
  providerName: string | null;
  status: string;
  outcome: string | null;
  /** Set when the measure came from a village bulk entry. */
  batchId: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CadreTable {
  id: string;
  regionCode: string;
  name: string;
  unit: string;
  level: string;
  position: string | null;
  phone: string | null;
  userId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PairingTable {
  id: string;
  cadreId: string;
  householdId: number;
  villageCode: string;
  startDate: string;
  endDate: string | null;
  createdAt: string;
  createdBy: string;
}

export interface WorkTeamTable {
  id: string;
  villageCode: string;
  dispatchingUnit: string;
  startDate: string;
  endDate: string | null;
  createdAt: string;
}

export interface WorkTeamMemberTable {
  id: string;
  teamId: string;
  cadreId: string;
  villageCode: string;
  teamRole: string;
  startDate: string;
  endDate: string | null;
}

export interface WorkTeamDaysTable {
  memberId: string;
  month: string;
  villageCode: string;
  days: number;
}

export interface VisitTable {
  id: string;
  householdId: number;
  villageCode: string;
  cadreId: string | null;
  visitedBy: string;
  visitDate: string;
  purpose: string;
  notes: string;
  latitude: number | null;
  longitude: number | null;
  householdSigned: number;
  followUp: string | null;
  followUpDue: string | null;
  followUpDoneAt: string | null;
  createdAt: string;
}

export interface VisitPhotoTable {
  id: string;
  visitId: string;
  villageCode: string;
  contentType: string;
  sizeBytes: number;
  storedPath: string;
  createdAt: string;
}

export type AssistanceMeasureRow = Selectable<AssistanceMeasureTable>;
export type CadreRow = Selectable<CadreTable>;
export type PairingRow = Selectable<PairingTable>;
export type VisitRow = Selectable<VisitTable>;
