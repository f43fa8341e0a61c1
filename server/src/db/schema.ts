import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';
import type { ProgrammeTables } from './tables/programmes.tables.ts';
import type { AssistanceTables } from './tables/assistance.tables.ts';
import type { ImportTables } from './tables/imports.tables.ts';
import type { ProcedureTables } from './tables/procedures.tables.ts';
import type { MonitoringTables } from './tables/monitoring.tables.ts';
import type { PolicyTables } from './tables/policy.tables.ts';
import type { MonitoringCaseTables } from './tables/monitoring-cases.tables.ts';

/** Table types as the code sees them (camelCase; the database columns are snake_case). */
export interface Database extends AssistanceTables, ProgrammeTables, ImportTables, ProcedureTables, MonitoringTables, PolicyTables, MonitoringCaseTables {
  settings: { key: string; value: string };
  regions: RegionTable;
  users: UserTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  loginFailures: { ip: string; username: string; at: string };
  households: HouseholdTable;
  members: MemberTable;
  incomes: IncomeTable;
  basicNeedsChecks: BasicNeedsCheckTable;
  recordChanges: RecordChangeTable;
  auditLog: AuditLogTable;
}

/** 0 or 1: both engines store flags as integers. */
export type Flag = number;

export interface RegionTable {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  displayName: string;
  role: string;
  regionCode: string;
  department: string | null;
  passwordHash: string;
  mustChangePassword: ColumnType<Flag, Flag | undefined, Flag>;
  isDisabled: ColumnType<Flag, Flag | undefined, Flag>;
  failedLogins: ColumnType<number, number | undefined, number>;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  id: string;
  userId: string;
  csrfToken: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface HouseholdTable {
  id: number;
  householdNo: string;
  villageCode: string;
  villageGroup: string | null;
  address: string | null;
  phone: string | null;
  bankAccountEnc: string | null;
  bankAccountMasked: string | null;
  headMemberId: number | null;
  headName: string;
  memberCount: number;
  householdType: string;
  identificationStandard: string;
  povertyStatus: string;
  yearIdentified: number | null;
  yearExited: number | null;
  mainCause: string | null;
  /** JSON array of cause codes. */
  otherCauses: string;
  isMilitaryFamily: Flag;
  isSingleChildFamily: Flag;
  relocationKind: string;
  relocationPlace: string | null;
  housingGrade: string | null;
  housingRenovatedYear: number | null;
  isWaterSafe: Flag;
  hasSanitaryToilet: Flag;
  isCooperativeMember: Flag;
  hasElectricity: Flag;
  roadDistanceKm: number | null;
  cultivatedLandMu: number;
  irrigatedLandMu: number;
  forestMu: number;
  grasslandMu: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface MemberTable {
  id: number;
  householdId: number;
  villageCode: string;
  name: string;
  idNumberEnc: string;
  idHash: string;
  /** Generated from `idPrefix` and `idTail` (`1101**********002X`). */
  idMasked: GeneratedAlways<string>;
  idPrefix: string;
  idTail: string;
  gender: string;
  birthDate: string;
  relationToHead: string;
  ethnicity: string;
  education: string | null;
  schoolStatus: string;
  schoolGrade: number | null;
  healthStatus: string;
  disabilityGrade: string;
  laborCapacity: string;
  employmentKind: string;
  employmentPlace: string | null;
  employedMonths: number;
  employmentIncome: number;
  hasMedicalInsurance: Flag;
  hasPensionInsurance: Flag;
  hasCommercialInsurance: Flag;
  receivesDibao: Flag;
  receivesExtremePovertySupport: Flag;
  phone: string | null;
  isDeceased: Flag;
  movedInOn: string | null;
  movedOutOn: string | null;
  /** Boarding at school (寄宿); null when not recorded. */
  isBoarding: Flag | null;
  /** The year a student entered higher education (cohort rules); null when not recorded. */
  universityEntryYear: number | null;
  studiesOutOfRegion: Flag | null;
  isOrphan: ColumnType<Flag, Flag | undefined, Flag>;
}

/** One row per household and year, keyed by the two (no id of its own). */
export interface IncomeTable {
  householdId: number;
  villageCode: string;
  year: number;
  householdSize: number;
  wageIncome: number;
  businessIncome: number;
  businessCosts: number;
  propertyIncome: number;
  transferIncome: number;
  /** JSON object of the non-zero transfer items in fen (an absent item is 0). */
  transferItems: string;
  medicalExpenses: number;
  schoolingExpenses: number;
  netIncome: number;
  netIncomePerCapita: number;
  source: string;
  recordedBy: string;
  recordedAt: string;
}

export interface BasicNeedsCheckTable {
  id: string;
  householdId: number;
  villageCode: string;
  checkedOn: string;
  food: string;
  clothing: string;
  compulsoryEducation: string;
  medicalInsurance: string;
  housingSafety: string;
  drinkingWaterSafety: string;
  /** JSON object: item → evidence text. */
  evidence: string;
  checkedBy: string;
  source: string;
  createdAt: string;
}

export interface RecordChangeTable {
  seq: Generated<number>;
  householdId: number;
  villageCode: string;
  entityType: string;
  entityId: string;
  action: string;
  changedAt: string;
  actorId: string;
  actorName: string;
  source: string;
  /** What caused the change when the source is one of our records (e.g. the procedure's id). */
  sourceId: string | null;
  before: string | null;
  after: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actorId: string;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  details: string;
  prevHash: string;
  hash: string;
}

export type UserRow = Selectable<UserTable>;
export type HouseholdRow = Selectable<HouseholdTable>;
export type NewHousehold = Insertable<HouseholdTable>;
export type HouseholdUpdate = Updateable<HouseholdTable>;
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type IncomeRow = Selectable<IncomeTable>;
export type BasicNeedsCheckRow = Selectable<BasicNeedsCheckTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
