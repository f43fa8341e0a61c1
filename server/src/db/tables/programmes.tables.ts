import type { ColumnType } from 'kysely';
import type { Flag } from '../schema.ts';

/** Columns every member-level programme record carries. */
interface MemberRecordColumns {
  id: string;
  householdId: number;
  memberId: number;
  villageCode: string;
  measureId: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface MemberJobTable extends MemberRecordColumns {
  year: number;
  kind: string;
  employer: string;
  place: string | null;
  months: number;
  income: number;
}

export interface PublicWelfarePostTable extends MemberRecordColumns {
  title: string;
  duty: string | null;
  monthlyAllowance: number;
  fundingSource: string | null;
  startedOn: string;
  endedOn: string | null;
}

export interface AssistanceWorkshopTable {
  id: string;
  villageCode: string;
  name: string;
  operator: string;
  industry: string | null;
  contact: string | null;
  openedOn: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface AssistanceWorkshopWorkerTable extends MemberRecordColumns {
  assistanceWorkshopId: string;
  startedOn: string;
  endedOn: string | null;
  monthlyWage: number;
}

export interface AssistanceWorkshopSubsidyTable {
  id: string;
  assistanceWorkshopId: string;
  villageCode: string;
  year: number;
  qualifyingWorkers: number;
  workerTotal: number;
  employerTotal: number;
  /** JSON array of the per-worker subsidies. */
  workers: string;
  /** JSON object of the policy values the claim was computed with. */
  policyValues: string;
  claimedAt: string;
  claimedBy: string;
}

export interface TrainingRecordTable extends MemberRecordColumns {
  kind: string;
  course: string;
  provider: string;
  startedOn: string;
  endedOn: string;
  hours: number;
  hasCertificate: ColumnType<Flag, Flag | undefined, Flag>;
  subsidy: number;
}

export interface MicroloanTable extends MemberRecordColumns {
  principal: number;
  termMonths: number;
  annualRateBasisPoints: number;
  interestSubsidyBasisPoints: number;
  repaymentMethod: string;
  purpose: string;
  lender: string;
  status: string;
  appliedOn: string;
  decidedOn: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  disbursedOn: string | null;
  maturityOn: string | null;
  settledOn: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface MicroloanInstalmentTable {
  loanId: string;
  seq: number;
  villageCode: string;
  dueOn: string;
  principalDue: number;
  interestDue: number;
  interestSubsidy: number;
}

export interface MicroloanRepaymentTable {
  id: string;
  loanId: string;
  villageCode: string;
  paidOn: string;
  principal: number;
  interest: number;
  recordedAt: string;
  recordedBy: string;
}

export interface EducationAidPaymentTable extends MemberRecordColumns {
  schoolYear: number;
  item: string;
  amount: number;
  paidOn: string;
  fundingSource: string | null;
}

export interface ProgrammeTables {
  memberJobs: MemberJobTable;
  publicWelfarePosts: PublicWelfarePostTable;
  assistanceWorkshops: AssistanceWorkshopTable;
  assistanceWorkshopWorkers: AssistanceWorkshopWorkerTable;
  assistanceWorkshopSubsidies: AssistanceWorkshopSubsidyTable;
  trainingRecords: TrainingRecordTable;
  microloans: MicroloanTable;
  microloanInstalments: MicroloanInstalmentTable;
  microloanRepayments: MicroloanRepaymentTable;
  educationAidPayments: EducationAidPaymentTable;
}
