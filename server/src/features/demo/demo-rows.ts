import type { Insertable } from 'kysely';
import type { BasicNeedsCheckTable, IncomeTable, NewHousehold, NewMember } from '../../db/schema.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { newRowId } from '../../db/row-ids.ts';
import { storeTransferItems } from '../incomes/transfer-items-store.ts';
import type { DemoHousehold } from './demo-types.ts';
import { toIdEnds } from '../members/members.presenter.ts';

/** Who the demo data is recorded as: the system, from the command line. */
export const DEMO_ACTOR_ID = 'system';
export const DEMO_SOURCE = 'demo';

export type NewIncome = Insertable<IncomeTable>;
export type NewBasicNeedsCheck = Insertable<BasicNeedsCheckTable>;

/** One household's rows, ready to insert, with every column present (no defaults relied on). */
export interface DemoRows {
  household: Required<NewHousehold>;
  members: Required<NewMember>[];
  incomes: Required<NewIncome>[];
  checks: Required<NewBasicNeedsCheck>[];
}

/**
 * Household and member keys within one batch, counting from 1: the writer replaces them with keys
 * reserved in its transaction (rows are generated ahead of it, possibly on another thread).
 */
export interface DemoKeyCounter {
  households: number;
  members: number;
}

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/**
 * The rows the registry would have written for this household: ID numbers encrypted with a keyed
 * hash, masked copy and last four characters; the head and member count summarised on the
 * household; version 1, recorded by the system at `at`.
 */
export function buildDemoRows(h: DemoHousehold, cipher: PersonalDataCipher, at: string, keys: DemoKeyCounter, newId: () => string = newRowId): DemoRows {
  const householdId = ++keys.households;
  const members = h.members.map((m): Required<NewMember> => ({
    id: ++keys.members,
    householdId,
    villageCode: h.villageCode,
    name: m.name,
    idNumberEnc: cipher.encrypt(m.idNumber),
    idHash: cipher.hash(m.idNumber),
    ...toIdEnds(m.idNumber),
    gender: m.gender,
    birthDate: m.birthDate,
    relationToHead: m.relationToHead,
    ethnicity: m.ethnicity,
    education: m.education,
    schoolStatus: m.schoolStatus,
    schoolGrade: m.schoolGrade,
    healthStatus: m.healthStatus,
    disabilityGrade: m.disabilityGrade,
    laborCapacity: m.laborCapacity,
    employmentKind: m.employmentKind,
    employmentPlace: m.employmentPlace,
    employedMonths: m.employedMonths,
    employmentIncome: m.employmentIncome,
    hasMedicalInsurance: flag(m.hasMedicalInsurance),
    hasPensionInsurance: flag(m.hasPensionInsurance),
    hasCommercialInsurance: flag(m.hasCommercialInsurance),
    receivesDibao: flag(m.receivesDibao),
    receivesExtremePovertySupport: flag(m.receivesExtremePovertySupport),
    phone: null,
    isDeceased: 0,
    movedInOn: null,
    movedOutOn: null,
    // The synthetic county does not record boarding, entry years or orphans: the rules' defaults apply.
    isBoarding: null,
    universityEntryYear: null,
    studiesOutOfRegion: null,
    isOrphan: 0,
  }));
  const head = members[0];
  const household: Required<NewHousehold> = {
    id: householdId,
    householdNo: h.householdNo,
    villageCode: h.villageCode,
    villageGroup: h.villageGroup,
    address: h.address,
    phone: null,
    bankAccountEnc: null,
    bankAccountMasked: null,
    headMemberId: head?.id ?? null,
    headName: head?.name ?? '',
    memberCount: members.length,
    householdType: h.householdType,
    identificationStandard: h.identificationStandard,
    povertyStatus: h.povertyStatus,
    yearIdentified: h.yearIdentified,
    yearExited: h.yearExited,
    mainCause: h.mainCause,
    otherCauses: JSON.stringify(h.otherCauses),
    isMilitaryFamily: flag(h.isMilitaryFamily),
    isSingleChildFamily: flag(h.isSingleChildFamily),
    relocationKind: h.relocationKind,
    relocationPlace: h.relocationPlace,
    housingGrade: h.housingGrade,
    housingRenovatedYear: h.housingRenovatedYear,
    isWaterSafe: flag(h.isWaterSafe),
    hasSanitaryToilet: flag(h.hasSanitaryToilet),
    isCooperativeMember: flag(h.isCooperativeMember),
    hasElectricity: flag(h.hasElectricity),
    roadDistanceKm: h.roadDistanceKm,
    cultivatedLandMu: h.cultivatedLandMu,
    irrigatedLandMu: h.irrigatedLandMu,
    forestMu: h.forestMu,
    grasslandMu: h.grasslandMu,
    version: 1,
    createdAt: at,
    createdBy: DEMO_ACTOR_ID,
    updatedAt: at,
    updatedBy: DEMO_ACTOR_ID,
  };
  const incomes = h.incomes.map((income): Required<NewIncome> => ({
    householdId,
    villageCode: h.villageCode,
    year: income.year,
    householdSize: income.householdSize,
    wageIncome: income.wageIncome,
    businessIncome: income.businessIncome,
    businessCosts: income.businessCosts,
    propertyIncome: income.propertyIncome,
    transferIncome: income.transferIncome,
    transferItems: storeTransferItems(income.transferItems),
    medicalExpenses: income.medicalExpenses,
    schoolingExpenses: income.schoolingExpenses,
    netIncome: income.netIncome,
    netIncomePerCapita: income.netIncomePerCapita,
    source: DEMO_SOURCE,
    recordedBy: DEMO_ACTOR_ID,
    recordedAt: at,
  }));
  const checks = h.basicNeedsCheck ? [{
    id: newId(),
    householdId,
    villageCode: h.villageCode,
    ...h.basicNeedsCheck,
    evidence: '{}',
    checkedBy: DEMO_ACTOR_ID,
    source: DEMO_SOURCE,
    createdAt: at,
  }] : [];
  return { household, members, incomes, checks };
}
