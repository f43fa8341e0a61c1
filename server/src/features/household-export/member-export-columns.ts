import { disabilityGrades, educationLevels, employmentKinds, ethnicities, genders, healthStatuses, laborCapacities, relationsToHead, schoolStatuses } from '@fupin/core';
import type { MemberRow } from '../../db/schema.ts';
import { labelOf, yesNo, yuan, type ExportColumn } from './export-columns.ts';
import type { ExportHouseholdRow } from './household-export.repository.ts';

export interface MemberExportRow {
  household: ExportHouseholdRow;
  villageName: string;
  member: MemberRow;
  /** Masked, or in full when the export is unmasked; the same for the phone number. */
  idNumber: string;
  phone: string | null;
}

/**
 * The members' columns, in the order of the family-member part of the collection form
 * (贫困户信息采集表). The household number and the ID number key a member for the import.
 */
export function memberExportColumns(isUnmasked: boolean): ExportColumn<MemberExportRow>[] {
  return [
    { key: 'householdNo', zh: '户编号', en: 'Household number', width: 22, cell: (r) => r.household.householdNo },
    { key: 'villageName', zh: '行政村', en: 'Village', width: 18, cell: (r) => r.villageName },
    { key: 'villageGroup', zh: '村民小组', en: 'Village group', width: 12, cell: (r) => r.household.villageGroup },
    { key: 'headName', zh: '户主姓名', en: 'Head of household', width: 12, cell: (r) => r.household.headName },
    { key: 'name', zh: '姓名', en: 'Name', width: 12, cell: (r) => r.member.name },
    isUnmasked
      ? { key: 'idNumber', zh: '身份证号码', en: 'ID number', width: 22, cell: (r) => r.idNumber }
      : { key: 'idNumber', zh: '身份证号码（脱敏）', en: 'ID number (masked)', width: 22, cell: (r) => r.idNumber },
    { key: 'gender', zh: '性别', en: 'Gender', width: 6, cell: (r, lang) => labelOf(genders, r.member.gender, lang) },
    { key: 'birthDate', zh: '出生日期', en: 'Date of birth', width: 12, cell: (r) => r.member.birthDate },
    { key: 'relationToHead', zh: '与户主关系', en: 'Relation to head', width: 12, cell: (r, lang) => labelOf(relationsToHead, r.member.relationToHead, lang) },
    { key: 'ethnicity', zh: '民族', en: 'Ethnicity', width: 8, cell: (r, lang) => labelOf(ethnicities, r.member.ethnicity, lang) },
    { key: 'education', zh: '文化程度', en: 'Education', width: 14, cell: (r, lang) => labelOf(educationLevels, r.member.education, lang) },
    { key: 'schoolStatus', zh: '在校生状况', en: 'School status', width: 14, cell: (r, lang) => labelOf(schoolStatuses, r.member.schoolStatus, lang) },
    { key: 'schoolGrade', zh: '在读年级', en: 'School grade', width: 8, cell: (r) => r.member.schoolGrade },
    { key: 'healthStatus', zh: '健康状况', en: 'Health status', width: 12, cell: (r, lang) => labelOf(healthStatuses, r.member.healthStatus, lang) },
    { key: 'disabilityGrade', zh: '残疾等级', en: 'Disability grade', width: 8, cell: (r, lang) => labelOf(disabilityGrades, r.member.disabilityGrade, lang) },
    { key: 'laborCapacity', zh: '劳动技能', en: 'Labour capacity', width: 12, cell: (r, lang) => labelOf(laborCapacities, r.member.laborCapacity, lang) },
    { key: 'employmentKind', zh: '务工状况', en: 'Employment', width: 14, cell: (r, lang) => labelOf(employmentKinds, r.member.employmentKind, lang) },
    { key: 'employmentPlace', zh: '务工地点', en: 'Place of work', width: 14, cell: (r) => r.member.employmentPlace },
    { key: 'employedMonths', zh: '务工时间（月）', en: 'Months employed', width: 10, cell: (r) => r.member.employedMonths },
    { key: 'employmentIncome', zh: '务工收入（元）', en: 'Employment income (yuan)', width: 12, isMoney: true, cell: (r) => yuan(r.member.employmentIncome) },
    { key: 'hasMedicalInsurance', zh: '参加城乡居民基本医疗保险', en: 'Basic medical insurance', width: 10, cell: (r, lang) => yesNo(r.member.hasMedicalInsurance, lang) },
    { key: 'hasPensionInsurance', zh: '参加城乡居民基本养老保险', en: 'Basic pension insurance', width: 10, cell: (r, lang) => yesNo(r.member.hasPensionInsurance, lang) },
    { key: 'hasCommercialInsurance', zh: '参加商业补充医疗保险', en: 'Commercial supplementary insurance', width: 10, cell: (r, lang) => yesNo(r.member.hasCommercialInsurance, lang) },
    { key: 'receivesDibao', zh: '享受低保', en: 'Receives dibao', width: 8, cell: (r, lang) => yesNo(r.member.receivesDibao, lang) },
    { key: 'receivesExtremePovertySupport', zh: '享受特困供养', en: 'Receives extreme-poverty support', width: 8, cell: (r, lang) => yesNo(r.member.receivesExtremePovertySupport, lang) },
    { key: 'phone', zh: isUnmasked ? '联系电话' : '联系电话（脱敏）', en: isUnmasked ? 'Phone' : 'Phone (masked)', width: 14, cell: (r) => r.phone },
    { key: 'isDeceased', zh: '是否已去世', en: 'Deceased', width: 8, cell: (r, lang) => yesNo(r.member.isDeceased, lang) },
    { key: 'movedInOn', zh: '迁入日期', en: 'Moved in on', width: 12, cell: (r) => r.member.movedInOn },
  ];
}
