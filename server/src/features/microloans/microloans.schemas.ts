import { z } from '@hono/zod-openapi';
import { microloanRepaymentMethods, microloanStatuses } from '@fupin/core';
import { codeEnum, rowKeySchema, rowKeyText } from '../households/code-schemas.ts';
import { reportFormatFields } from '../programmes/programme-report.ts';
import { fenSchema, isoDateSchema, memberLabelSchema, regionQueryField, textField } from '../programmes/programme.schemas.ts';

export const microloanApplicationSchema = z.object({
  memberId: rowKeySchema.openapi({ description: 'The borrower, a current member of the household' }),
  principal: fenSchema.refine((v) => v > 0, 'the principal must be above zero'),
  termMonths: z.number().int().min(1, 'at least one month').max(240),
  annualRateBasisPoints: z.number().int().min(0).max(2_000).openapi({ description: 'The lender\'s annual rate in basis points (the loan prime rate, e.g. 345 = 3.45 %)' }),
  repaymentMethod: codeEnum(microloanRepaymentMethods).default('principalAtMaturity'),
  purpose: textField(200),
  lender: textField(100),
  appliedOn: isoDateSchema,
}).openapi('MicroloanApplication');
export type MicroloanApplicationInput = z.infer<typeof microloanApplicationSchema>;

export const microloanDecisionSchema = z.object({
  approve: z.boolean(),
  reason: z.string().trim().max(500).default(''),
}).openapi('MicroloanDecision');

export const microloanDisbursementSchema = z.object({ disbursedOn: isoDateSchema }).openapi('MicroloanDisbursement');

export const microloanRepaymentSchema = z.object({
  paidOn: isoDateSchema,
  principal: fenSchema,
  interest: fenSchema.default(0).openapi({ description: 'Interest the borrower paid (the part not subsidised)' }),
}).openapi('MicroloanRepaymentInput');
export type MicroloanRepaymentInput = z.infer<typeof microloanRepaymentSchema>;

const rateSchema = z.object({ numerator: z.number().int(), denominator: z.number().int(), basisPoints: z.number().int().nullable() });

export const loanStandingSchema = z.object({
  principalRepaid: z.number().int(), outstandingPrincipal: z.number().int(), principalMatured: z.number().int(),
  overduePrincipal: z.number().int(), overdueInterest: z.number().int(), isOverdue: z.boolean(), daysOverdue: z.number().int(),
}).openapi('MicroloanStanding');

export const microloanSchema = memberLabelSchema.extend({
  id: z.string(), principal: z.number().int(), termMonths: z.number().int(), annualRateBasisPoints: z.number().int(),
  interestSubsidyBasisPoints: z.number().int(), repaymentMethod: z.string(), purpose: z.string(), lender: z.string(),
  status: z.string(), appliedOn: z.string(), decidedOn: z.string().nullable(), decisionReason: z.string().nullable(),
  disbursedOn: z.string().nullable(), maturityOn: z.string().nullable(), settledOn: z.string().nullable(), measureId: z.string().nullable(),
  standing: loanStandingSchema.nullable().openapi({ description: 'Where a disbursed loan stands today; null before disbursement' }),
}).openapi('Microloan');
export type MicroloanView = z.infer<typeof microloanSchema>;

export const instalmentSchema = z.object({
  seq: z.number().int(), dueOn: z.string(), principalDue: z.number().int(), interestDue: z.number().int(), interestSubsidy: z.number().int(), borrowerDue: z.number().int(),
}).openapi('MicroloanInstalment');

export const microloanDetailSchema = microloanSchema.extend({
  instalments: z.array(instalmentSchema),
  repayments: z.array(z.object({ id: z.string(), paidOn: z.string(), principal: z.number().int(), interest: z.number().int() })),
  totals: z.object({ principal: z.number().int(), interest: z.number().int(), interestSubsidy: z.number().int(), borrowerInterest: z.number().int() }),
}).openapi('MicroloanDetail');
export type MicroloanDetail = z.infer<typeof microloanDetailSchema>;

export const microloanListQuerySchema = z.object({
  region: regionQueryField,
  status: codeEnum(microloanStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional().openapi({ description: 'Only loans overdue today (true) or not (false)' }),
  householdId: rowKeyText.optional().openapi({ param: { name: 'householdId', in: 'query' }, description: 'Only the loans of one household (its microloan tab)' }),
});
export type MicroloanListQuery = z.infer<typeof microloanListQuerySchema>;

export const portfolioRowSchema = z.object({
  regionCode: z.string(), regionName: z.string().nullable(), loans: z.number().int(), disbursedPrincipal: z.number().int(),
  outstandingPrincipal: z.number().int(), overdueLoans: z.number().int(), interestSubsidy: z.number().int(),
  overdueRate: rateSchema, recoveryRate: rateSchema,
}).openapi('MicroloanPortfolioRow');

export const microloanReportSchema = z.object({
  asOf: z.string(),
  total: portfolioRowSchema,
  villages: z.array(portfolioRowSchema),
}).openapi('MicroloanReport');
export type MicroloanReport = z.infer<typeof microloanReportSchema>;

export const microloanReportQuerySchema = z.object({ region: regionQueryField, asOf: isoDateSchema.optional(), ...reportFormatFields });
