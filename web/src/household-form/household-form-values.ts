import type { components } from '../api/schema.gen.ts';
import { emptyMember, type MemberFormValues, textOrNull, toMemberInput } from './member-form-values.ts';

export type HouseholdInput = components['schemas']['HouseholdInput'];
export type HouseholdPatch = components['schemas']['HouseholdPatch'];
export type Household = components['schemas']['Household'];
type Cause = NonNullable<HouseholdInput['mainCause']>;

export const HOUSEHOLD_FLAGS = ['isMilitaryFamily', 'isSingleChildFamily', 'isWaterSafe', 'hasSanitaryToilet', 'isCooperativeMember', 'hasElectricity'] as const;
export const LAND_FIELDS = ['cultivatedLandMu', 'irrigatedLandMu', 'forestMu', 'grasslandMu'] as const;

type Flag = (typeof HOUSEHOLD_FLAGS)[number];
type Land = (typeof LAND_FIELDS)[number];

/** A household as the form holds it. */
export type HouseholdFormValues = Record<Flag, boolean> & Record<Land, number | null> & {
  householdNo: string;
  villageCode: string | undefined;
  villageGroup: string;
  address: string;
  phone: string;
  /** Typed only to set or change it; on edit the one on file is shown masked beside the input. */
  bankAccount: string;
  householdType: HouseholdInput['householdType'] | undefined;
  identificationStandard: HouseholdInput['identificationStandard'];
  povertyStatus: HouseholdInput['povertyStatus'] | undefined;
  yearIdentified: number | null;
  yearExited: number | null;
  mainCause: Cause | null;
  otherCauses: Cause[];
  relocationKind: HouseholdInput['relocationKind'];
  relocationPlace: string;
  housingGrade: HouseholdInput['housingGrade'];
  housingRenovatedYear: number | null;
  roadDistanceKm: number | null;
  members: MemberFormValues[];
};

/** A new household: the first member row is the head, to be filled in. */
export function emptyHousehold(villageCode?: string): HouseholdFormValues {
  return {
    householdNo: '', villageCode, villageGroup: '', address: '', phone: '', bankAccount: '',
    householdType: undefined, identificationStandard: 'national', povertyStatus: undefined,
    yearIdentified: null, yearExited: null, mainCause: null, otherCauses: [],
    isMilitaryFamily: false, isSingleChildFamily: false, isWaterSafe: true, hasSanitaryToilet: false, isCooperativeMember: false, hasElectricity: true,
    relocationKind: 'none', relocationPlace: '', housingGrade: null, housingRenovatedYear: null, roadDistanceKm: null,
    cultivatedLandMu: 0, irrigatedLandMu: 0, forestMu: 0, grasslandMu: 0,
    members: [emptyMember('self')],
  };
}

/** A household as read, for its edit form (members are changed one by one on the household page). */
export function householdToFormValues(h: Household): HouseholdFormValues {
  return {
    householdNo: h.householdNo, villageCode: h.villageCode, villageGroup: h.villageGroup ?? '', address: h.address ?? '', phone: h.phone ?? '', bankAccount: '',
    householdType: h.householdType as HouseholdInput['householdType'],
    identificationStandard: h.identificationStandard as HouseholdInput['identificationStandard'],
    povertyStatus: h.povertyStatus as HouseholdInput['povertyStatus'],
    yearIdentified: h.yearIdentified, yearExited: h.yearExited,
    mainCause: h.mainCause as Cause | null, otherCauses: h.otherCauses as Cause[],
    isMilitaryFamily: h.isMilitaryFamily, isSingleChildFamily: h.isSingleChildFamily, isWaterSafe: h.isWaterSafe,
    hasSanitaryToilet: h.hasSanitaryToilet, isCooperativeMember: h.isCooperativeMember, hasElectricity: h.hasElectricity,
    relocationKind: h.relocationKind as HouseholdInput['relocationKind'], relocationPlace: h.relocationPlace ?? '',
    housingGrade: h.housingGrade as HouseholdInput['housingGrade'], housingRenovatedYear: h.housingRenovatedYear, roadDistanceKm: h.roadDistanceKm,
    cultivatedLandMu: h.cultivatedLandMu, irrigatedLandMu: h.irrigatedLandMu, forestMu: h.forestMu, grasslandMu: h.grasslandMu,
    members: [],
  };
}

type HouseholdFields = Omit<HouseholdInput, 'members'>;

/** The household's own fields for the API; required choices were checked by the form. */
function toHouseholdFields(v: HouseholdFormValues): HouseholdFields {
  if (!v.villageCode || !v.householdType || !v.povertyStatus) throw new RangeError('village, household type and poverty status are required');
  return {
    householdNo: v.householdNo.trim(), villageCode: v.villageCode, villageGroup: textOrNull(v.villageGroup), address: textOrNull(v.address),
    phone: textOrNull(v.phone), bankAccount: textOrNull(v.bankAccount)?.replace(/\s/g, '') ?? null,
    householdType: v.householdType, identificationStandard: v.identificationStandard, povertyStatus: v.povertyStatus,
    yearIdentified: v.yearIdentified ?? null, yearExited: v.yearExited ?? null, mainCause: v.mainCause ?? null, otherCauses: v.otherCauses ?? [],
    isMilitaryFamily: v.isMilitaryFamily, isSingleChildFamily: v.isSingleChildFamily, isWaterSafe: v.isWaterSafe,
    hasSanitaryToilet: v.hasSanitaryToilet, isCooperativeMember: v.isCooperativeMember, hasElectricity: v.hasElectricity,
    relocationKind: v.relocationKind, relocationPlace: textOrNull(v.relocationPlace), housingGrade: v.housingGrade ?? null,
    housingRenovatedYear: v.housingRenovatedYear ?? null, roadDistanceKm: v.roadDistanceKm ?? null,
    cultivatedLandMu: v.cultivatedLandMu ?? 0, irrigatedLandMu: v.irrigatedLandMu ?? 0, forestMu: v.forestMu ?? 0, grasslandMu: v.grasslandMu ?? 0,
  };
}

export function toHouseholdInput(v: HouseholdFormValues): HouseholdInput {
  return { ...toHouseholdFields(v), members: v.members.map(toMemberInput) };
}

/**
 * Only the fields that differ from the household as read, with the version it was read at (the
 * server refuses a stale one). A blank bank account keeps the one on file.
 */
export function toHouseholdPatch(before: Household, v: HouseholdFormValues, source: HouseholdPatch['source'] = 'entry'): HouseholdPatch {
  const { bankAccount, ...after } = toHouseholdFields(v);
  const patch: HouseholdPatch = { version: before.version, source };
  const current: Record<string, unknown> = before;
  const target: Record<string, unknown> = patch;
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null)) target[key] = value;
  }
  if (bankAccount !== null) patch.bankAccount = bankAccount;
  return patch;
}

/** Whether a patch changes anything (beyond the version and source every patch carries). */
export function isEmptyPatch(patch: HouseholdPatch): boolean {
  return Object.keys(patch).every((k) => k === 'version' || k === 'source');
}
