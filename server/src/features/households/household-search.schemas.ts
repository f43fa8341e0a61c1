import { z } from '@hono/zod-openapi';
import { householdTypes, povertyCauses, povertyStatuses } from '@fupin/core';
import { regionCodeSchema } from '../regions/regions.schemas.ts';
import { codeListQuery, rowKeySchema } from './code-schemas.ts';

export const householdSortKeys = ['householdNo', 'headName', 'yearIdentified', 'updatedAt'] as const;
export type HouseholdSortKey = (typeof householdSortKeys)[number];

const yearQuery = z.coerce.number().int().min(1949).max(2100).optional();

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const householdSearchQuerySchema = z.object({
  regionCode: regionCodeSchema.optional().openapi({ description: 'Narrow to this region (inside your own); a region outside yours gives no results' }),
  q: z.string().trim().min(1).max(40).optional().openapi({ description: 'Start of the head\'s name or of the household number', example: '王' }),
  idNumber: z.string().trim().min(1).max(40).optional().openapi({ description: 'A member\'s full ID number (exact match)' }),
  idTail: z.string().trim().regex(/^\d{3}[\dXx]$/, 'the last 4 characters of an ID number').optional().openapi({ description: 'The last 4 characters of a member\'s ID number', example: '002X' }),
  povertyStatus: codeListQuery(povertyStatuses),
  householdType: codeListQuery(householdTypes),
  mainCause: codeListQuery(povertyCauses),
  yearIdentified: yearQuery,
  yearExited: yearQuery,
  sort: z.enum(householdSortKeys).default('householdNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQuery,
});

export type HouseholdSearchQuery = z.infer<typeof householdSearchQuerySchema>;

export const householdSummarySchema = z.object({
  id: rowKeySchema,
  householdNo: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  headName: z.string(),
  memberCount: z.number().int(),
  householdType: z.string(),
  povertyStatus: z.string(),
  mainCause: z.string().nullable(),
  yearIdentified: z.number().int().nullable(),
  yearExited: z.number().int().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
}).openapi('HouseholdSummary');

export type HouseholdSummary = z.infer<typeof householdSummarySchema>;

export const householdPageSchema = z.object({
  items: z.array(householdSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).openapi('HouseholdPage');
