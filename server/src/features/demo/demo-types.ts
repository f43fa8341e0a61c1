import type { BasicNeedsResult, Gender, TransferItems } from '@fupin/core';

/** A village the demo county spreads its households over. */
export interface DemoVillage {
  code: string;
  /** Short display name, e.g. 九成功村. */
  name: string;
  townshipName: string;
}

export interface DemoMember {
  name: string;
  idNumber: string;
  gender: Gender;
  birthDate: string;
  relationToHead: string;
  ethnicity: string;
  education: string;
  schoolStatus: string;
  schoolGrade: number | null;
  healthStatus: string;
  disabilityGrade: string;
  laborCapacity: string;
  employmentKind: string;
  employmentPlace: string | null;
  employedMonths: number;
  /** Fen a year. */
  employmentIncome: number;
  hasMedicalInsurance: boolean;
  hasPensionInsurance: boolean;
  hasCommercialInsurance: boolean;
  receivesDibao: boolean;
  receivesExtremePovertySupport: boolean;
}

/** One year's income, all amounts in fen. */
export interface DemoIncome {
  year: number;
  householdSize: number;
  wageIncome: number;
  businessIncome: number;
  businessCosts: number;
  propertyIncome: number;
  transferItems: TransferItems;
  transferIncome: number;
  medicalExpenses: number;
  schoolingExpenses: number;
  netIncome: number;
  netIncomePerCapita: number;
}

export interface DemoBasicNeedsCheck {
  checkedOn: string;
  food: BasicNeedsResult;
  clothing: BasicNeedsResult;
  compulsoryEducation: BasicNeedsResult;
  medicalInsurance: BasicNeedsResult;
  housingSafety: BasicNeedsResult;
  drinkingWaterSafety: BasicNeedsResult;
}

export interface DemoHousehold {
  householdNo: string;
  villageCode: string;
  villageGroup: string;
  address: string;
  householdType: string;
  identificationStandard: string;
  povertyStatus: string;
  yearIdentified: number | null;
  yearExited: number | null;
  mainCause: string;
  otherCauses: string[];
  isMilitaryFamily: boolean;
  isSingleChildFamily: boolean;
  relocationKind: string;
  relocationPlace: string | null;
  housingGrade: string;
  housingRenovatedYear: number | null;
  isWaterSafe: boolean;
  hasSanitaryToilet: boolean;
  isCooperativeMember: boolean;
  hasElectricity: boolean;
  roadDistanceKm: number;
  cultivatedLandMu: number;
  irrigatedLandMu: number;
  forestMu: number;
  grasslandMu: number;
  /** The head comes first. */
  members: DemoMember[];
  incomes: DemoIncome[];
  basicNeedsCheck: DemoBasicNeedsCheck | null;
}
