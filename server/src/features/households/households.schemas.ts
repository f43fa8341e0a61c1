import { z } from '@hono/zod-openapi';
import {
  householdTypes, housingGrades, identificationStandards, povertyCauses, povertyStatuses, relocationKinds,
} from '@fupin/core';
import { memberInputSchema, memberSchema, phoneSchema, sourceSchema } from '../members/members.schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';
import { codeEnum, rowKeySchema, yearSchema } from './code-schemas.ts';

const muSchema = z.number().min(0).max(100_000).openapi({ description: 'Area in mu (亩)' });

/** The household fields a user edits, without defaults (PATCH sends only what changes). */
const householdFields = {
  householdNo: z.string().trim().regex(/^[0-9A-Za-z-]{1,40}$/, 'a household number has 1 to 40 letters, digits or dashes').openapi({ example: '1506021012010001' }),
  villageCode: regionCodeSchema.openapi({ description: '12-digit code of the village', example: '150602101201' }),
  villageGroup: z.string().trim().max(50).nullable(),
  address: z.string().trim().max(200).nullable(),
  phone: phoneSchema.nullable(),
  bankAccount: z.string().trim().regex(/^\d{6,32}$/, 'a bank account number has 6 to 32 digits').nullable()
    .openapi({ description: 'Account for direct payments (一卡通); stored encrypted, shown masked' }),
  householdType: codeEnum(householdTypes),
  identificationStandard: codeEnum(identificationStandards),
  povertyStatus: codeEnum(povertyStatuses),
  yearIdentified: yearSchema.nullable(),
  yearExited: yearSchema.nullable(),
  mainCause: codeEnum(povertyCauses).nullable(),
  otherCauses: z.array(codeEnum(povertyCauses)).max(2, 'at most two other causes'),
  isMilitaryFamily: z.boolean(),
  isSingleChildFamily: z.boolean(),
  relocationKind: codeEnum(relocationKinds),
  relocationPlace: z.string().trim().max(200).nullable(),
  housingGrade: codeEnum(housingGrades).nullable(),
  housingRenovatedYear: yearSchema.nullable(),
  isWaterSafe: z.boolean(),
  hasSanitaryToilet: z.boolean(),
  isCooperativeMember: z.boolean(),
  hasElectricity: z.boolean(),
  roadDistanceKm: z.number().min(0).max(1000).nullable(),
  cultivatedLandMu: muSchema,
  irrigatedLandMu: muSchema,
  forestMu: muSchema,
  grasslandMu: muSchema,
};

export const householdCreateSchema = z.object({
  ...householdFields,
  villageGroup: householdFields.villageGroup.default(null),
  address: householdFields.address.default(null),
  phone: householdFields.phone.default(null),
  bankAccount: householdFields.bankAccount.default(null),
  identificationStandard: householdFields.identificationStandard.default('national'),
  yearIdentified: householdFields.yearIdentified.default(null),
  yearExited: householdFields.yearExited.default(null),
  mainCause: householdFields.mainCause.default(null),
  otherCauses: householdFields.otherCauses.default([]),
  isMilitaryFamily: householdFields.isMilitaryFamily.default(false),
  isSingleChildFamily: householdFields.isSingleChildFamily.default(false),
  relocationKind: householdFields.relocationKind.default('none'),
  relocationPlace: householdFields.relocationPlace.default(null),
  housingGrade: householdFields.housingGrade.default(null),
  housingRenovatedYear: householdFields.housingRenovatedYear.default(null),
  isWaterSafe: householdFields.isWaterSafe.default(true),
  hasSanitaryToilet: householdFields.hasSanitaryToilet.default(false),
  isCooperativeMember: householdFields.isCooperativeMember.default(false),
  hasElectricity: householdFields.hasElectricity.default(true),
  roadDistanceKm: householdFields.roadDistanceKm.default(null),
  cultivatedLandMu: muSchema.default(0),
  irrigatedLandMu: muSchema.default(0),
  forestMu: muSchema.default(0),
  grasslandMu: muSchema.default(0),
  members: z.array(memberInputSchema).min(1, 'a household has at least one member').max(30),
}).openapi('HouseholdInput');

export type HouseholdInput = z.infer<typeof householdCreateSchema>;

export const householdPatchSchema = z.object(householdFields).partial().extend({
  version: z.number().int().min(1).openapi({ description: 'The version you read; a stale version is refused with VERSION_CONFLICT' }),
  source: sourceSchema,
}).openapi('HouseholdPatch');

export type HouseholdPatch = z.infer<typeof householdPatchSchema>;
export type HouseholdFields = Omit<HouseholdInput, 'members'>;

/** A household as it stands at one moment; also the before/after image in its history. */
export const householdImageSchema = z.object({
  householdNo: z.string(),
  villageCode: z.string(),
  villageGroup: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  bankAccountMasked: z.string().nullable().openapi({ example: '************1234' }),
  headMemberId: rowKeySchema.nullable(),
  headName: z.string(),
  memberCount: z.number().int().openapi({ description: 'Living members currently in the household' }),
  householdType: z.string(),
  identificationStandard: z.string(),
  povertyStatus: z.string(),
  yearIdentified: z.number().int().nullable(),
  yearExited: z.number().int().nullable(),
  mainCause: z.string().nullable(),
  otherCauses: z.array(z.string()),
  isMilitaryFamily: z.boolean(),
  isSingleChildFamily: z.boolean(),
  relocationKind: z.string(),
  relocationPlace: z.string().nullable(),
  housingGrade: z.string().nullable(),
  housingRenovatedYear: z.number().int().nullable(),
  isWaterSafe: z.boolean(),
  hasSanitaryToilet: z.boolean(),
  isCooperativeMember: z.boolean(),
  hasElectricity: z.boolean(),
  roadDistanceKm: z.number().nullable(),
  cultivatedLandMu: z.number(),
  irrigatedLandMu: z.number(),
  forestMu: z.number(),
  grasslandMu: z.number(),
}).openapi('HouseholdImage');

export type HouseholdImage = z.infer<typeof householdImageSchema>;

export const householdSchema = householdImageSchema.extend({
  id: rowKeySchema,
  villageName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  members: z.array(memberSchema).openapi({ description: 'Current members (not moved out)' }),
}).openapi('Household');

export type HouseholdView = z.infer<typeof householdSchema>;

export const revealedBankAccountSchema = z.object({ householdId: rowKeySchema, bankAccount: z.string().nullable() }).openapi('RevealedBankAccount');
