import type { MemberRow, NewMember } from '../../db/schema.ts';
import type { MemberInput, MemberPatch, MemberView } from './members.schemas.ts';

export const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);
/** A fact that may not be recorded: null stays null. */
const optionalFlag = (value: boolean | null): 0 | 1 | null => (value === null ? null : flag(value));
// `undefined` too: rows staged elsewhere (an import) may not carry the newer columns.
const optionalBoolean = (value: number | null | undefined): boolean | null => (value === null || value === undefined ? null : value === 1);

/**
 * The stored form of a member's ID number: encrypted, a keyed hash for lookup, and its first and
 * last four characters, from which the database generates the masked form (`id_masked`).
 */
export interface StoredIdNumber {
  idNumberEnc: string;
  idHash: string;
  idPrefix: string;
  idTail: string;
  gender: string;
  birthDate: string;
}

/** The visible ends of an (18-character) ID number, as stored. */
export function toIdEnds(idNumber: string): { idPrefix: string; idTail: string } {
  return { idPrefix: idNumber.slice(0, 4), idTail: idNumber.slice(-4) };
}

/** The masked ID number of a row not yet read back (the database generates the same). */
export function maskStoredId(ends: { idPrefix: string; idTail: string }): string {
  return `${ends.idPrefix}**********${ends.idTail}`;
}

type MemberFacts = Omit<MemberRow, 'id' | 'householdId' | 'villageCode' | 'idNumberEnc' | 'idHash' | 'idMasked' | 'idPrefix' | 'idTail' | 'gender' | 'birthDate' | 'movedOutOn'>;

/** Input keys that are not member columns as such: the ID number is stored in its own form, the source goes to the history. */
const NOT_COLUMNS = new Set(['idNumber', 'gender', 'birthDate', 'source']);

/** Maps the editable fields present in the input to columns (flags as 0/1); absent keys stay absent. */
export function toMemberColumns(input: MemberPatch): Partial<MemberFacts> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || NOT_COLUMNS.has(key)) continue;
    columns[key] = typeof value === 'boolean' ? flag(value) : value;
  }
  return columns as Partial<MemberFacts>;
}

export function buildMemberRow(input: MemberInput, ids: { id: number; householdId: number; villageCode: string }, stored: StoredIdNumber): NewMember {
  return {
    ...ids,
    ...stored,
    name: input.name,
    relationToHead: input.relationToHead,
    ethnicity: input.ethnicity,
    education: input.education,
    schoolStatus: input.schoolStatus,
    schoolGrade: input.schoolGrade,
    healthStatus: input.healthStatus,
    disabilityGrade: input.disabilityGrade,
    laborCapacity: input.laborCapacity,
    employmentKind: input.employmentKind,
    employmentPlace: input.employmentPlace,
    employedMonths: input.employedMonths,
    employmentIncome: input.employmentIncome,
    hasMedicalInsurance: flag(input.hasMedicalInsurance),
    hasPensionInsurance: flag(input.hasPensionInsurance),
    hasCommercialInsurance: flag(input.hasCommercialInsurance),
    receivesDibao: flag(input.receivesDibao),
    receivesExtremePovertySupport: flag(input.receivesExtremePovertySupport),
    phone: input.phone,
    isDeceased: flag(input.isDeceased),
    movedInOn: input.movedInOn,
    movedOutOn: null,
    isBoarding: optionalFlag(input.isBoarding),
    universityEntryYear: input.universityEntryYear,
    studiesOutOfRegion: optionalFlag(input.studiesOutOfRegion),
    isOrphan: flag(input.isOrphan),
  };
}

export function presentMember(row: MemberRow): MemberView {
  return {
    id: row.id,
    householdId: row.householdId,
    name: row.name,
    idNumberMasked: row.idMasked,
    gender: row.gender,
    birthDate: row.birthDate,
    relationToHead: row.relationToHead,
    ethnicity: row.ethnicity,
    education: row.education,
    schoolStatus: row.schoolStatus,
    schoolGrade: row.schoolGrade,
    healthStatus: row.healthStatus,
    disabilityGrade: row.disabilityGrade,
    laborCapacity: row.laborCapacity,
    employmentKind: row.employmentKind,
    employmentPlace: row.employmentPlace,
    employedMonths: row.employedMonths,
    employmentIncome: Number(row.employmentIncome),
    hasMedicalInsurance: row.hasMedicalInsurance === 1,
    hasPensionInsurance: row.hasPensionInsurance === 1,
    hasCommercialInsurance: row.hasCommercialInsurance === 1,
    receivesDibao: row.receivesDibao === 1,
    receivesExtremePovertySupport: row.receivesExtremePovertySupport === 1,
    phone: row.phone,
    isDeceased: row.isDeceased === 1,
    movedInOn: row.movedInOn,
    movedOutOn: row.movedOutOn,
    isBoarding: optionalBoolean(row.isBoarding),
    universityEntryYear: row.universityEntryYear ?? null,
    studiesOutOfRegion: optionalBoolean(row.studiesOutOfRegion),
    isOrphan: row.isOrphan === 1,
  };
}

/** The before/after image kept in the change history: what the API shows, minus identifiers. */
export function presentMemberImage(row: MemberRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(presentMember(row)).filter(([key]) => key !== 'id' && key !== 'householdId'));
}
