import { z } from '@hono/zod-openapi';
import {
  disabilityGrades, educationLevels, employmentKinds, ethnicities, genders, healthStatuses,
  laborCapacities, recordSources, relationsToHead, schoolStatuses,
} from '@fupin/core';
import { codeEnum, isoDateSchema, rowKeySchema } from '../households/code-schemas.ts';

/** An amount in fen (分): whole, never negative, at most 100 million yuan. */
const fenSchema = z.number().int('amounts are whole fen').min(0).max(10_000_000_000);
export const phoneSchema = z.string().trim().regex(/^[0-9+\- ]{5,20}$/, 'a phone number has 5 to 20 digits');

/** The member fields a user edits, without defaults (PATCH sends only what changes). */
const memberFields = {
  name: z.string().trim().min(1).max(50).openapi({ example: '王秀英' }),
  idNumber: z.string().trim().min(1).max(40).openapi({ description: '18-character citizen ID number; stored encrypted, shown masked', example: '150602198503120026' }),
  gender: codeEnum(genders).openapi({ description: 'When given, must agree with the ID number' }),
  birthDate: isoDateSchema.openapi({ description: 'When given, must agree with the ID number' }),
  relationToHead: codeEnum(relationsToHead),
  ethnicity: codeEnum(ethnicities),
  education: codeEnum(educationLevels).nullable(),
  schoolStatus: codeEnum(schoolStatuses),
  schoolGrade: z.number().int().min(1).max(12).nullable(),
  healthStatus: codeEnum(healthStatuses),
  disabilityGrade: codeEnum(disabilityGrades),
  laborCapacity: codeEnum(laborCapacities),
  employmentKind: codeEnum(employmentKinds),
  employmentPlace: z.string().trim().max(100).nullable(),
  employedMonths: z.number().int().min(0).max(12),
  employmentIncome: fenSchema.openapi({ description: 'Annual wage income from employment, fen' }),
  hasMedicalInsurance: z.boolean(),
  hasPensionInsurance: z.boolean(),
  hasCommercialInsurance: z.boolean(),
  receivesDibao: z.boolean(),
  receivesExtremePovertySupport: z.boolean(),
  phone: phoneSchema.nullable(),
  isDeceased: z.boolean(),
  movedInOn: isoDateSchema.nullable(),
  isBoarding: z.boolean().nullable().openapi({ description: 'Boards at school (寄宿); null when not recorded (school aid then counts a day student)' }),
  universityEntryYear: z.number().int().min(1950).max(2100).nullable().openapi({ description: 'The year the student entered higher education (cohort rules of university aid); null when not recorded (derived from the grade)' }),
  studiesOutOfRegion: z.boolean().nullable().openapi({ description: 'Studies outside the home region (university entrants\' grant); null when not recorded' }),
  isOrphan: z.boolean().openapi({ description: 'Orphan (孤儿): university aid of the dibao-and-orphan group' }),
};

export const memberInputSchema = z.object({
  ...memberFields,
  gender: memberFields.gender.optional(),
  birthDate: memberFields.birthDate.optional(),
  ethnicity: memberFields.ethnicity.default('01'),
  education: memberFields.education.default(null),
  schoolStatus: memberFields.schoolStatus.default('notInSchool'),
  schoolGrade: memberFields.schoolGrade.default(null),
  healthStatus: memberFields.healthStatus.default('healthy'),
  disabilityGrade: memberFields.disabilityGrade.default('none'),
  employmentKind: memberFields.employmentKind.default('none'),
  employmentPlace: memberFields.employmentPlace.default(null),
  employedMonths: memberFields.employedMonths.default(0),
  employmentIncome: memberFields.employmentIncome.default(0),
  hasMedicalInsurance: memberFields.hasMedicalInsurance.default(true),
  hasPensionInsurance: memberFields.hasPensionInsurance.default(false),
  hasCommercialInsurance: memberFields.hasCommercialInsurance.default(false),
  receivesDibao: memberFields.receivesDibao.default(false),
  receivesExtremePovertySupport: memberFields.receivesExtremePovertySupport.default(false),
  phone: memberFields.phone.default(null),
  isDeceased: memberFields.isDeceased.default(false),
  movedInOn: memberFields.movedInOn.default(null),
  isBoarding: memberFields.isBoarding.default(null),
  universityEntryYear: memberFields.universityEntryYear.default(null),
  studiesOutOfRegion: memberFields.studiesOutOfRegion.default(null),
  isOrphan: memberFields.isOrphan.default(false),
}).openapi('MemberInput');

export type MemberInput = z.infer<typeof memberInputSchema>;

export const sourceSchema = codeEnum(recordSources).default('entry').openapi({ description: 'Where the data came from (visit, department feed, import, entry)' });

export const memberAddSchema = memberInputSchema.extend({ source: sourceSchema }).openapi('MemberAdd');

export const memberPatchSchema = z.object(memberFields).partial().extend({ source: sourceSchema }).openapi('MemberPatch');
export type MemberPatch = z.infer<typeof memberPatchSchema>;

export const moveOutSchema = z.object({
  movedOutOn: isoDateSchema,
  reason: z.string().trim().min(2).max(200).openapi({ example: '婚嫁迁出' }),
  newHeadMemberId: rowKeySchema.optional().openapi({ description: 'Required when the head moves out while others remain: the member who becomes head' }),
  source: sourceSchema,
}).openapi('MoveOut');
export type MoveOutInput = z.infer<typeof moveOutSchema>;

/** A member as the API shows it: the ID number masked, never in plain text. */
export const memberSchema = z.object({
  id: rowKeySchema,
  householdId: rowKeySchema,
  name: z.string(),
  idNumberMasked: z.string().openapi({ example: '1506**********0026' }),
  gender: z.string(),
  birthDate: z.string(),
  relationToHead: z.string(),
  ethnicity: z.string(),
  education: z.string().nullable(),
  schoolStatus: z.string(),
  schoolGrade: z.number().int().nullable(),
  healthStatus: z.string(),
  disabilityGrade: z.string(),
  laborCapacity: z.string(),
  employmentKind: z.string(),
  employmentPlace: z.string().nullable(),
  employedMonths: z.number().int(),
  employmentIncome: z.number().int(),
  hasMedicalInsurance: z.boolean(),
  hasPensionInsurance: z.boolean(),
  hasCommercialInsurance: z.boolean(),
  receivesDibao: z.boolean(),
  receivesExtremePovertySupport: z.boolean(),
  phone: z.string().nullable(),
  isDeceased: z.boolean(),
  movedInOn: z.string().nullable(),
  movedOutOn: z.string().nullable(),
  isBoarding: z.boolean().nullable(),
  universityEntryYear: z.number().int().nullable(),
  studiesOutOfRegion: z.boolean().nullable(),
  isOrphan: z.boolean(),
}).openapi('Member');

export type MemberView = z.infer<typeof memberSchema>;

export const revealedIdNumberSchema = z.object({ memberId: rowKeySchema, idNumber: z.string() }).openapi('RevealedIdNumber');
