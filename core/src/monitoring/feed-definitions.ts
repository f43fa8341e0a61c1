import type { CodeList } from '../codes/code-list.ts';
import type { Department } from '../codes/department-codes.ts';
import { disabilityGrades, schoolStatuses } from '../codes/member-codes.ts';
import { housingGrades } from '../codes/registry-codes.ts';
import {
  disabilityCategories, disasterKinds, employmentEvents, enrolmentStatuses, socialAssistanceKinds, type FeedKind,
} from './monitoring-codes.ts';

export type FeedColumnType = 'idNumber' | 'text' | 'date' | 'month' | 'yuan' | 'code' | 'yesNo';

/** Where a column's value lands in a feed record. */
export type FeedTarget = 'idNumber' | 'name' | 'eventDate' | 'amount' | 'amount2' | 'code' | 'detail';

export interface FeedColumn {
  key: string;
  zh: string;
  en: string;
  type: FeedColumnType;
  target: FeedTarget;
  required: boolean;
  codeList?: CodeList;
}

export interface FeedDefinition {
  kind: FeedKind;
  /** Departments whose officers send this feed. */
  departments: readonly Department[];
  columns: readonly FeedColumn[];
  /** Detail keys that, with the person and the event date and code, identify a row across re-sends. */
  keyDetails: readonly string[];
}

const idNumber: FeedColumn = { key: 'idNumber', zh: '公民身份号码', en: 'ID number', type: 'idNumber', target: 'idNumber', required: true };
const name: FeedColumn = { key: 'name', zh: '姓名', en: 'Name', type: 'text', target: 'name', required: true };

const col = (key: string, zh: string, en: string, type: FeedColumnType, target: FeedTarget, required = true, codeList?: CodeList): FeedColumn =>
  ({ key, zh, en, type, target, required, ...(codeList ? { codeList } : {}) });

/** One template per feed: columns in order, Chinese headers first (English headers are accepted too). */
export const FEED_DEFINITIONS: Readonly<Record<FeedKind, FeedDefinition>> = {
  medicalCosts: {
    kind: 'medicalCosts', departments: ['healthcareSecurity'], keyDetails: ['settlementNo'],
    columns: [
      col('settlementNo', '结算单号', 'Settlement number', 'text', 'detail'), name, idNumber,
      col('admittedOn', '入院日期', 'Admitted on', 'date', 'detail', false),
      col('settledOn', '结算日期', 'Settled on', 'date', 'eventDate'),
      col('totalCost', '医疗总费用(元)', 'Total cost (yuan)', 'yuan', 'amount2'),
      col('outOfPocket', '个人自付(元)', 'Out of pocket (yuan)', 'yuan', 'amount'),
      col('isInpatient', '是否住院', 'Inpatient', 'yesNo', 'code'),
      col('hospital', '医疗机构', 'Hospital', 'text', 'detail', false),
    ],
  },
  socialAssistanceRoll: {
    kind: 'socialAssistanceRoll', departments: ['civilAffairs'], keyDetails: [],
    columns: [
      name, idNumber,
      col('assistanceKind', '救助类别', 'Assistance kind', 'code', 'code', true, socialAssistanceKinds),
      col('rollMonth', '名册月份', 'Roll month', 'month', 'eventDate'),
      col('monthlyAmount', '月保障金额(元)', 'Monthly amount (yuan)', 'yuan', 'amount'),
    ],
  },
  schoolEnrolment: {
    kind: 'schoolEnrolment', departments: ['education'], keyDetails: [],
    columns: [
      name, idNumber,
      col('school', '学校', 'School', 'text', 'detail', false),
      col('stage', '学段', 'Stage', 'code', 'detail', false, schoolStatuses),
      col('enrolmentStatus', '学籍状态', 'Enrolment status', 'code', 'code', true, enrolmentStatuses),
      col('changedOn', '变动日期', 'Changed on', 'date', 'eventDate'),
    ],
  },
  employment: {
    kind: 'employment', departments: ['humanResources'], keyDetails: [],
    columns: [
      name, idNumber,
      col('event', '事项', 'Event', 'code', 'code', true, employmentEvents),
      col('eventOn', '日期', 'Date', 'date', 'eventDate'),
      col('place', '单位或岗位', 'Employer or post', 'text', 'detail', false),
    ],
  },
  housingGrades: {
    kind: 'housingGrades', departments: ['housing'], keyDetails: [],
    columns: [
      name, idNumber,
      col('grade', '鉴定等级', 'Grade', 'code', 'code', true, housingGrades),
      col('assessedOn', '鉴定日期', 'Assessed on', 'date', 'eventDate'),
      col('address', '房屋地址', 'Address', 'text', 'detail', false),
    ],
  },
  disasterLosses: {
    kind: 'disasterLosses', departments: ['emergencyManagement'], keyDetails: [],
    columns: [
      name, idNumber,
      col('disasterKind', '灾害类型', 'Disaster', 'code', 'code', true, disasterKinds),
      col('occurredOn', '发生日期', 'Occurred on', 'date', 'eventDate'),
      col('loss', '直接经济损失(元)', 'Direct loss (yuan)', 'yuan', 'amount'),
    ],
  },
  disabilityRegistrations: {
    kind: 'disabilityRegistrations', departments: ['disabledPersons'], keyDetails: [],
    columns: [
      name, idNumber,
      col('category', '残疾类别', 'Category', 'code', 'detail', true, disabilityCategories),
      col('grade', '残疾等级', 'Grade', 'code', 'code', true, disabilityGrades),
      col('registeredOn', '登记日期', 'Registered on', 'date', 'eventDate'),
    ],
  },
  deaths: {
    kind: 'deaths', departments: ['publicSecurity', 'health'], keyDetails: [],
    columns: [
      name, idNumber,
      col('diedOn', '死亡日期', 'Died on', 'date', 'eventDate'),
      col('cause', '死亡原因', 'Cause', 'text', 'detail', false),
    ],
  },
};

/** Yes/no cells: 是/否, Y/N, 1/0, true/false. */
export const FEED_YES_NO: Readonly<Record<string, 'yes' | 'no'>> = {
  是: 'yes', 否: 'no', y: 'yes', n: 'no', yes: 'yes', no: 'no', '1': 'yes', '0': 'no', true: 'yes', false: 'no',
};

export function feedDefinition(kind: FeedKind): FeedDefinition {
  return FEED_DEFINITIONS[kind];
}

/** May an officer of `department` send this feed? (Officers without a department send none.) */
export function canDepartmentSendFeed(department: string | null, kind: FeedKind): boolean {
  return department !== null && FEED_DEFINITIONS[kind].departments.some((d) => d === department);
}
