import type { HouseholdRow, HouseholdTable, MemberRow, NewHousehold } from '../../db/schema.ts';
import { presentMember } from '../members/members.presenter.ts';
import type { HouseholdSummary } from './household-search.schemas.ts';
import type { HouseholdFields, HouseholdImage, HouseholdView } from './households.schemas.ts';

type HouseholdFacts = Omit<HouseholdRow, 'id' | 'headMemberId' | 'headName' | 'memberCount' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>;

/** Input fields as columns (0/1 flags, causes as JSON); absent keys stay absent, the bank account is the caller's to encrypt. */
export function toHouseholdColumns(input: Partial<HouseholdFields>): Partial<HouseholdFacts> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'bankAccount') continue;
    if (key === 'otherCauses') columns[key] = JSON.stringify(value);
    else columns[key] = typeof value === 'boolean' ? flag(value) : value;
  }
  return columns as Partial<HouseholdFacts>;
}

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** The household's own columns for a registration (summary, bank account and bookkeeping come from the caller). */
export function buildHouseholdFacts(input: HouseholdFields): Omit<NewHousehold, 'id' | 'villageCode' | 'bankAccountEnc' | 'bankAccountMasked' | 'headMemberId' | 'headName' | 'memberCount' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> {
  return {
    householdNo: input.householdNo,
    villageGroup: input.villageGroup,
    address: input.address,
    phone: input.phone,
    householdType: input.householdType,
    identificationStandard: input.identificationStandard,
    povertyStatus: input.povertyStatus,
    yearIdentified: input.yearIdentified,
    yearExited: input.yearExited,
    mainCause: input.mainCause,
    otherCauses: JSON.stringify(input.otherCauses),
    isMilitaryFamily: flag(input.isMilitaryFamily),
    isSingleChildFamily: flag(input.isSingleChildFamily),
    relocationKind: input.relocationKind,
    relocationPlace: input.relocationPlace,
    housingGrade: input.housingGrade,
    housingRenovatedYear: input.housingRenovatedYear,
    isWaterSafe: flag(input.isWaterSafe),
    hasSanitaryToilet: flag(input.hasSanitaryToilet),
    isCooperativeMember: flag(input.isCooperativeMember),
    hasElectricity: flag(input.hasElectricity),
    roadDistanceKm: input.roadDistanceKm,
    cultivatedLandMu: input.cultivatedLandMu,
    irrigatedLandMu: input.irrigatedLandMu,
    forestMu: input.forestMu,
    grasslandMu: input.grasslandMu,
    version: 1,
  };
}

function parseCauses(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

type ImageSource = Pick<HouseholdTable, keyof HouseholdFacts | 'headMemberId' | 'headName' | 'memberCount'>;

/** The household as the API shows it (bank account masked), without identifiers or bookkeeping. */
export function presentHouseholdImage(row: ImageSource): HouseholdImage {
  return {
    householdNo: row.householdNo,
    villageCode: row.villageCode,
    villageGroup: row.villageGroup,
    address: row.address,
    phone: row.phone,
    bankAccountMasked: row.bankAccountMasked,
    headMemberId: row.headMemberId,
    headName: row.headName,
    memberCount: row.memberCount,
    householdType: row.householdType,
    identificationStandard: row.identificationStandard,
    povertyStatus: row.povertyStatus,
    yearIdentified: row.yearIdentified,
    yearExited: row.yearExited,
    mainCause: row.mainCause,
    otherCauses: parseCauses(row.otherCauses),
    isMilitaryFamily: row.isMilitaryFamily === 1,
    isSingleChildFamily: row.isSingleChildFamily === 1,
    relocationKind: row.relocationKind,
    relocationPlace: row.relocationPlace,
    housingGrade: row.housingGrade,
    housingRenovatedYear: row.housingRenovatedYear,
    isWaterSafe: row.isWaterSafe === 1,
    hasSanitaryToilet: row.hasSanitaryToilet === 1,
    isCooperativeMember: row.isCooperativeMember === 1,
    hasElectricity: row.hasElectricity === 1,
    roadDistanceKm: row.roadDistanceKm,
    cultivatedLandMu: row.cultivatedLandMu,
    irrigatedLandMu: row.irrigatedLandMu,
    forestMu: row.forestMu,
    grasslandMu: row.grasslandMu,
  };
}

export function presentHousehold(row: HouseholdRow, members: readonly MemberRow[], villageName: string | null): HouseholdView {
  return {
    id: row.id,
    ...presentHouseholdImage(row),
    villageName,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    members: members.map(presentMember),
  };
}

export function presentHouseholdSummary(row: HouseholdRow, villageName: string | null): HouseholdSummary {
  return {
    id: row.id,
    householdNo: row.householdNo,
    villageCode: row.villageCode,
    villageName,
    headName: row.headName,
    memberCount: row.memberCount,
    householdType: row.householdType,
    povertyStatus: row.povertyStatus,
    mainCause: row.mainCause,
    yearIdentified: row.yearIdentified,
    yearExited: row.yearExited,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
