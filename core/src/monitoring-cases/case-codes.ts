import type { CodeList } from '../codes/code-list.ts';
import { defineCodeList } from '../codes/code-list.ts';

/** Monitoring types (监测对象类型). */
export const monitoringCaseTypes = defineCodeList('monitoringCaseType', [
  { code: 'unstableExited', zh: '脱贫不稳定户', en: 'Unstable exited household' },
  { code: 'edgeOfPoverty', zh: '边缘易致贫户', en: 'Household on the edge of poverty' },
  { code: 'suddenHardship', zh: '突发严重困难户', en: 'Household in sudden severe hardship' },
]);
export type MonitoringCaseType = (typeof monitoringCaseTypes.codes)[number];

/** How a case was discovered (发现渠道). */
export const discoveryChannels = defineCodeList('discoveryChannel', [
  { code: 'selfReport', zh: '农户自主申报', en: 'Self-report' },
  { code: 'cadreScreening', zh: '干部排查', en: 'Cadre screening' },
  { code: 'departmentAlert', zh: '部门筛查预警', en: 'Department alert' },
]);
export type DiscoveryChannel = (typeof discoveryChannels.codes)[number];

/**
 * A case's state as shown. `assisting` is never stored: an `included` case with at least one
 * measure is assisting (measures are recorded by the assistance feature, not by the case).
 */
export const monitoringCaseStates = defineCodeList('monitoringCaseState', [
  { code: 'alerted', zh: '待核实', en: 'Awaiting verification' },
  { code: 'verifying', zh: '认定中', en: 'Being determined' },
  { code: 'rejected', zh: '不予纳入', en: 'Not included' },
  { code: 'included', zh: '已纳入', en: 'Included' },
  { code: 'assisting', zh: '帮扶中', en: 'Assisting' },
  { code: 'riskEliminated', zh: '风险已消除', en: 'Risk eliminated' },
]);
export type MonitoringCaseState = (typeof monitoringCaseStates.codes)[number];
export type StoredCaseState = Exclude<MonitoringCaseState, 'assisting'>;

export const OPEN_CASE_STATES: readonly StoredCaseState[] = ['alerted', 'verifying', 'included'];
export const CLOSED_CASE_STATES: readonly StoredCaseState[] = ['rejected', 'riskEliminated'];

export const monitoringCaseSteps = defineCodeList('monitoringCaseStep', [
  { code: 'verification', zh: '入户核实', en: 'Verification on site' },
  { code: 'appraisal', zh: '村民主评议', en: 'Village appraisal' },
  { code: 'townshipReview', zh: '乡镇审核', en: 'Township review' },
  { code: 'countyApproval', zh: '县级审定', en: 'County approval' },
]);
export type MonitoringCaseStep = (typeof monitoringCaseSteps.codes)[number];

export const riskEliminationKinds = defineCodeList('riskEliminationKind', [
  { code: 'byAssistance', zh: '帮扶消除', en: 'Eliminated by assistance' },
  { code: 'naturally', zh: '自然消除', en: 'Eliminated naturally' },
]);
export type RiskEliminationKind = (typeof riskEliminationKinds.codes)[number];

export const caseFlags = defineCodeList('monitoringCaseFlag', [
  { code: 'stepOverdue', zh: '环节超期', en: 'Step overdue' },
  { code: 'decisionOverdue', zh: '认定超期', en: 'Decision overdue' },
  { code: 'noMeasure', zh: '纳入后未落实帮扶措施', en: 'No measure after inclusion' },
  { code: 'paperworkOwed', zh: '绿色通道待补程序', en: 'Green channel: paperwork owed' },
]);
export type CaseFlag = (typeof caseFlags.codes)[number];

export const monitoringCaseCodeLists: readonly CodeList[] = [monitoringCaseTypes, discoveryChannels, monitoringCaseStates, monitoringCaseSteps, riskEliminationKinds, caseFlags];
