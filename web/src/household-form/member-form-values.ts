import { normalizeIdNumber } from '@fupin/core';
import type { components } from '../api/schema.gen.ts';
import { fenToYuanText, parseYuan } from './yuan.ts';

export type MemberInput = components['schemas']['MemberInput'];
export type MemberPatch = components['schemas']['MemberPatch'];
export type Member = components['schemas']['Member'];

/** A member as the form holds it: money as the yuan text typed, optional text as typed. */
export interface MemberFormValues {
  name: string;
  idNumber: string;
  relationToHead: MemberInput['relationToHead'] | undefined;
  ethnicity: MemberInput['ethnicity'];
  education: MemberInput['education'];
  schoolStatus: MemberInput['schoolStatus'];
  schoolGrade: number | null;
  healthStatus: MemberInput['healthStatus'];
  disabilityGrade: MemberInput['disabilityGrade'];
  laborCapacity: MemberInput['laborCapacity'] | undefined;
  employmentKind: MemberInput['employmentKind'];
  employmentPlace: string;
  employedMonths: number | null;
  employmentIncome: string;
  hasMedicalInsurance: boolean;
  hasPensionInsurance: boolean;
  hasCommercialInsurance: boolean;
  receivesDibao: boolean;
  receivesExtremePovertySupport: boolean;
  phone: string;
  isDeceased: boolean;
  movedInOn: string | null;
  /** Not recorded is undefined in the form (a cleared choice) and null in the API. */
  isBoarding: boolean | null | undefined;
  universityEntryYear: number | null;
  studiesOutOfRegion: boolean | null | undefined;
  isOrphan: boolean;
}

/** A new member row: the server's defaults, nothing chosen that the user must choose. */
export function emptyMember(relationToHead?: MemberInput['relationToHead']): MemberFormValues {
  return {
    name: '', idNumber: '', relationToHead, ethnicity: '01', education: null, schoolStatus: 'notInSchool', schoolGrade: null,
    healthStatus: 'healthy', disabilityGrade: 'none', laborCapacity: undefined, employmentKind: 'none', employmentPlace: '',
    employedMonths: 0, employmentIncome: '', hasMedicalInsurance: true, hasPensionInsurance: false, hasCommercialInsurance: false,
    receivesDibao: false, receivesExtremePovertySupport: false, phone: '', isDeceased: false, movedInOn: null,
    isBoarding: null, universityEntryYear: null, studiesOutOfRegion: null, isOrphan: false,
  };
}

/** A member as the API shows it, for editing; the ID number stays empty (it is only ever shown masked). */
export function memberToFormValues(m: Member): MemberFormValues {
  return {
    name: m.name, idNumber: '',
    relationToHead: m.relationToHead as MemberFormValues['relationToHead'],
    ethnicity: m.ethnicity as MemberFormValues['ethnicity'],
    education: m.education as MemberFormValues['education'],
    schoolStatus: m.schoolStatus as MemberFormValues['schoolStatus'],
    schoolGrade: m.schoolGrade,
    healthStatus: m.healthStatus as MemberFormValues['healthStatus'],
    disabilityGrade: m.disabilityGrade as MemberFormValues['disabilityGrade'],
    laborCapacity: m.laborCapacity as MemberFormValues['laborCapacity'],
    employmentKind: m.employmentKind as MemberFormValues['employmentKind'],
    employmentPlace: m.employmentPlace ?? '', employedMonths: m.employedMonths, employmentIncome: fenToYuanText(m.employmentIncome),
    hasMedicalInsurance: m.hasMedicalInsurance, hasPensionInsurance: m.hasPensionInsurance, hasCommercialInsurance: m.hasCommercialInsurance,
    receivesDibao: m.receivesDibao, receivesExtremePovertySupport: m.receivesExtremePovertySupport,
    phone: m.phone ?? '', isDeceased: m.isDeceased, movedInOn: m.movedInOn,
    isBoarding: m.isBoarding, universityEntryYear: m.universityEntryYear, studiesOutOfRegion: m.studiesOutOfRegion, isOrphan: m.isOrphan,
  };
}

/** Typed text, trimmed; blank is "not given". */
export function textOrNull(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A yuan amount the form has already validated, in fen. */
export function yuanToFen(text: string | undefined): number {
  const parsed = parseYuan(text);
  if (!parsed.ok) throw new RangeError(`not an amount in yuan: ${text ?? ''}`);
  return parsed.fen;
}

/** The API's member from the form. Gender and birth date are left to the ID number they come from. */
export function toMemberInput(v: MemberFormValues): MemberInput {
  if (!v.relationToHead || !v.laborCapacity) throw new RangeError('relation to head and labour capacity are required');
  return {
    name: v.name.trim(), idNumber: normalizeIdNumber(v.idNumber), relationToHead: v.relationToHead, ethnicity: v.ethnicity,
    education: v.education ?? null, schoolStatus: v.schoolStatus, schoolGrade: v.schoolGrade ?? null, healthStatus: v.healthStatus,
    disabilityGrade: v.disabilityGrade, laborCapacity: v.laborCapacity, employmentKind: v.employmentKind,
    employmentPlace: textOrNull(v.employmentPlace), employedMonths: v.employedMonths ?? 0, employmentIncome: yuanToFen(v.employmentIncome),
    hasMedicalInsurance: v.hasMedicalInsurance, hasPensionInsurance: v.hasPensionInsurance, hasCommercialInsurance: v.hasCommercialInsurance,
    receivesDibao: v.receivesDibao, receivesExtremePovertySupport: v.receivesExtremePovertySupport,
    phone: textOrNull(v.phone), isDeceased: v.isDeceased, movedInOn: v.movedInOn ?? null,
    isBoarding: v.isBoarding ?? null, universityEntryYear: v.universityEntryYear ?? null, studiesOutOfRegion: v.studiesOutOfRegion ?? null, isOrphan: v.isOrphan,
  };
}

/** Only what changed from the member as read (a blank ID number keeps the one on file). */
export function toMemberPatch(before: Member, v: MemberFormValues, source: MemberPatch['source']): MemberPatch {
  const { idNumber, ...after } = toMemberInput({ ...v, idNumber: v.idNumber });
  const patch: MemberPatch = { source };
  const current: Record<string, unknown> = before;
  const target: Record<string, unknown> = patch;
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(value ?? null)) target[key] = value;
  }
  if (idNumber !== '') patch.idNumber = idNumber;
  return patch;
}
