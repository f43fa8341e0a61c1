import type { RegionLevel } from '../access/region-scope.ts';
import type { Role } from '../access/roles.ts';
import { defineCodeList } from '../codes/code-list.ts';

/**
 * The procedures as data: their steps in order, who owns each step (a role working at a region
 * level), how long the owner has, and how long a notice stays posted. Changing a period or an
 * owner is a change here, not in the rules.
 */
export const procedureKinds = defineCodeList('procedureKind', [
  { code: 'identification', zh: '贫困户识别', en: 'Identification' },
  { code: 'householdExit', zh: '贫困户退出', en: 'Household exit' },
]);
export type ProcedureKind = (typeof procedureKinds.codes)[number];

export const procedureSteps = defineCodeList('procedureStep', [
  { code: 'application', zh: '农户申请', en: 'Application' },
  { code: 'evaluation', zh: '退出评估', en: 'Exit evaluation' },
  { code: 'villageAppraisal', zh: '村民主评议', en: 'Village appraisal' },
  { code: 'firstNotice', zh: '村第一次公示', en: 'First notice' },
  { code: 'townshipReview', zh: '乡镇审核', en: 'Township review' },
  { code: 'secondNotice', zh: '乡镇第二次公示', en: 'Second notice' },
  { code: 'countyReview', zh: '县级审定', en: 'County review' },
  { code: 'verification', zh: '村两委和驻村工作队核实', en: 'Verification' },
  { code: 'householdAgreement', zh: '贫困户认可', en: 'Household agreement' },
  { code: 'notice', zh: '退出公示', en: 'Exit notice' },
  { code: 'announcement', zh: '公告', en: 'Announcement' },
]);
export type ProcedureStep = (typeof procedureSteps.codes)[number];

export const procedureStatuses = defineCodeList('procedureStatus', [
  { code: 'inProgress', zh: '办理中', en: 'In progress' },
  { code: 'completed', zh: '已办结', en: 'Completed' },
  { code: 'rejected', zh: '未通过', en: 'Rejected' },
]);
export type ProcedureStatus = (typeof procedureStatuses.codes)[number];

export const stepDecisions = defineCodeList('stepDecision', [
  { code: 'approved', zh: '通过', en: 'Approved' },
  { code: 'rejected', zh: '不通过', en: 'Rejected' },
  { code: 'sentBack', zh: '退回', en: 'Sent back' },
]);
export type StepDecision = (typeof stepDecisions.codes)[number];

export interface StepOwner {
  readonly role: Role;
  readonly level: RegionLevel;
}

/**
 * - `opening`: taken when the procedure is opened (the application, the exit evaluation);
 * - `review`: the owner approves or rejects, with a reason;
 * - `notice`: posted for `noticeDays`; closes only after the period and with no open objection;
 * - `announcement`: the final step; approving it completes the procedure.
 */
export type StepKind = 'opening' | 'review' | 'notice' | 'announcement';

export interface StepDefinition {
  readonly step: ProcedureStep;
  readonly kind: StepKind;
  readonly owner: StepOwner;
  /** Days the owner has to act: from the step's start, or for a notice from the day after it comes down. */
  readonly deadlineDays: number;
  /** Posting period of a notice, in days (the day it goes up counts as the first). */
  readonly noticeDays?: number;
  /** The review an upheld objection sends a notice back to. */
  readonly sendBackTo?: ProcedureStep;
}

export interface ProcedureDefinition {
  readonly kind: ProcedureKind;
  readonly steps: readonly StepDefinition[];
  /** The household's poverty status once the procedure completes. */
  readonly completedStatus: 'poor' | 'exited';
}

const VILLAGE_CADRE: StepOwner = { role: 'villageCadre', level: 'village' };
const TOWNSHIP_OFFICER: StepOwner = { role: 'townshipOfficer', level: 'township' };
const COUNTY_OFFICER: StepOwner = { role: 'countyOfficer', level: 'county' };

/** Notices stay up at least seven days (the common rule for 公示); counties may lengthen, not shorten. */
export const DEFAULT_NOTICE_DAYS = 7;

export const PROCEDURE_DEFINITIONS: Readonly<Record<ProcedureKind, ProcedureDefinition>> = {
  identification: {
    kind: 'identification',
    completedStatus: 'poor',
    steps: [
      { step: 'application', kind: 'opening', owner: VILLAGE_CADRE, deadlineDays: 0 },
      { step: 'villageAppraisal', kind: 'review', owner: VILLAGE_CADRE, deadlineDays: 15 },
      { step: 'firstNotice', kind: 'notice', owner: VILLAGE_CADRE, deadlineDays: 3, noticeDays: DEFAULT_NOTICE_DAYS, sendBackTo: 'villageAppraisal' },
      { step: 'townshipReview', kind: 'review', owner: TOWNSHIP_OFFICER, deadlineDays: 10 },
      { step: 'secondNotice', kind: 'notice', owner: TOWNSHIP_OFFICER, deadlineDays: 3, noticeDays: DEFAULT_NOTICE_DAYS, sendBackTo: 'townshipReview' },
      { step: 'countyReview', kind: 'review', owner: COUNTY_OFFICER, deadlineDays: 10 },
      { step: 'announcement', kind: 'announcement', owner: COUNTY_OFFICER, deadlineDays: 5 },
    ],
  },
  householdExit: {
    kind: 'householdExit',
    completedStatus: 'exited',
    steps: [
      { step: 'evaluation', kind: 'opening', owner: VILLAGE_CADRE, deadlineDays: 0 },
      { step: 'villageAppraisal', kind: 'review', owner: VILLAGE_CADRE, deadlineDays: 15 },
      { step: 'verification', kind: 'review', owner: VILLAGE_CADRE, deadlineDays: 10 },
      { step: 'householdAgreement', kind: 'review', owner: VILLAGE_CADRE, deadlineDays: 10 },
      { step: 'notice', kind: 'notice', owner: VILLAGE_CADRE, deadlineDays: 3, noticeDays: DEFAULT_NOTICE_DAYS, sendBackTo: 'villageAppraisal' },
      { step: 'announcement', kind: 'announcement', owner: COUNTY_OFFICER, deadlineDays: 5 },
    ],
  },
};

export function findStepDefinition(kind: ProcedureKind, step: string): StepDefinition | undefined {
  return PROCEDURE_DEFINITIONS[kind].steps.find((s) => s.step === step);
}

/** The step after `step`, or undefined after the last one. */
export function nextStepDefinition(kind: ProcedureKind, step: ProcedureStep): StepDefinition | undefined {
  const steps = PROCEDURE_DEFINITIONS[kind].steps;
  const index = steps.findIndex((s) => s.step === step);
  return index < 0 ? undefined : steps[index + 1];
}

/** Whether a user (role and the level of their region) owns a step. */
export function isStepOwner(owner: StepOwner, actor: { role: Role; regionLevel: RegionLevel | undefined }): boolean {
  return owner.role === actor.role && owner.level === actor.regionLevel;
}
