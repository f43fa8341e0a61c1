import { defineCodeList } from '../codes/code-list.ts';
import type { PovertyCauseCode as PovertyCause } from './assistance-plan.ts';
import type { RiskType } from '../monitoring/monitoring-codes.ts';

/** 开发式 (builds the household's own income) or 保障性 (protects a floor). */
export type MeasureCategory = 'developmental' | 'protective';

export interface MeasureTypeRule {
  readonly code: MeasureTypeCode;
  readonly category: MeasureCategory;
  /** Industry or employment: what a household with labour capacity must have at least one of. */
  readonly isIndustryOrEmployment: boolean;
  /** Given to a person rather than the household: a member is required. */
  readonly isPerMember: boolean;
  /** A subsidy paid per period: one per person (or household) and type in any period. */
  readonly isPeriodicSubsidy: boolean;
  /** Money must be given (a cash benefit); otherwise money or kind. */
  readonly requiresMoney: boolean;
  /** Largest amount one measure may carry, in fen; undefined = only the general ceiling. */
  readonly maxAmount?: number;
  readonly answersCauses: readonly PovertyCause[];
  readonly answersRisks: readonly RiskType[];
}

/** The catalogue of measure types (帮扶措施类型) with labels, as served at /api/v1/codes. */
export const measureTypes = defineCodeList('measureType', [
  { code: 'industrySubsidy', zh: '产业奖补', en: 'Industry subsidy' },
  { code: 'employment', zh: '就业帮扶', en: 'Employment assistance' },
  { code: 'publicWelfarePost', zh: '公益性岗位', en: 'Public welfare post' },
  { code: 'workshopJob', zh: '帮扶车间就业', en: 'Assistance workshop job' },
  { code: 'training', zh: '技能培训', en: 'Skills training' },
  { code: 'yuluProgramme', zh: '雨露计划', en: 'Yulu programme' },
  { code: 'schoolAid', zh: '教育资助', en: 'School aid' },
  { code: 'medicalAid', zh: '医疗救助', en: 'Medical aid' },
  { code: 'dibao', zh: '低保', en: 'Dibao' },
  { code: 'extremePovertySupport', zh: '特困供养', en: 'Extreme-poverty support' },
  { code: 'temporaryAssistance', zh: '临时救助', en: 'Temporary assistance' },
  { code: 'disabilitySubsidy', zh: '残疾人两项补贴', en: 'Disability subsidies' },
  { code: 'housingRenovation', zh: '危房改造', en: 'Housing renovation' },
  { code: 'relocation', zh: '易地扶贫搬迁', en: 'Relocation' },
  { code: 'drinkingWater', zh: '饮水安全', en: 'Drinking water' },
  { code: 'microloan', zh: '小额信贷', en: 'Microloan' },
  { code: 'insurance', zh: '保险帮扶', en: 'Insurance' },
  { code: 'consumption', zh: '消费帮扶', en: 'Consumption assistance' },
  { code: 'assetIncome', zh: '资产收益', en: 'Asset income sharing' },
  { code: 'socialDonation', zh: '社会捐助', en: 'Social donation' },
  { code: 'motivationSupport', zh: '扶志扶智', en: 'Motivation support' },
]);

export type MeasureTypeCode = (typeof measureTypes.codes)[number];

/** Which causes and risks each type answers, and its amount rules. Order follows the catalogue. */
export const MEASURE_TYPE_RULES: Readonly<Record<MeasureTypeCode, MeasureTypeRule>> = {
  industrySubsidy: rule('industrySubsidy', 'developmental', { industry: true, answersCauses: ['capital', 'land', 'skills', 'transport', 'other'], answersRisks: ['industryFailure', 'other'] }),
  employment: rule('employment', 'developmental', { industry: true, perMember: true, answersCauses: ['skills', 'capital', 'land', 'other'], answersRisks: ['unstableEmployment', 'other'] }),
  publicWelfarePost: rule('publicWelfarePost', 'developmental', { industry: true, perMember: true, periodic: true, answersCauses: ['labour', 'disability', 'skills', 'other'], answersRisks: ['unstableEmployment', 'lackOfLabour'] }),
  workshopJob: rule('workshopJob', 'developmental', { industry: true, perMember: true, answersCauses: ['skills', 'land', 'transport', 'other'], answersRisks: ['unstableEmployment'] }),
  training: rule('training', 'developmental', { perMember: true, answersCauses: ['skills', 'motivation'], answersRisks: ['unstableEmployment', 'industryFailure'] }),
  yuluProgramme: rule('yuluProgramme', 'developmental', { perMember: true, periodic: true, money: true, answersCauses: ['schooling', 'skills'], answersRisks: ['schooling'] }),
  schoolAid: rule('schoolAid', 'protective', { perMember: true, periodic: true, money: true, answersCauses: ['schooling'], answersRisks: ['schooling'] }),
  medicalAid: rule('medicalAid', 'protective', { perMember: true, answersCauses: ['illness'], answersRisks: ['illness', 'accident'] }),
  dibao: rule('dibao', 'protective', { periodic: true, money: true, answersCauses: ['illness', 'disability', 'labour', 'other'], answersRisks: ['illness', 'disability', 'lackOfLabour', 'accident', 'other'] }),
  extremePovertySupport: rule('extremePovertySupport', 'protective', { perMember: true, periodic: true, money: true, answersCauses: ['labour', 'disability', 'illness'], answersRisks: ['lackOfLabour', 'disability'] }),
  temporaryAssistance: rule('temporaryAssistance', 'protective', { answersCauses: ['disaster', 'illness', 'other'], answersRisks: ['disaster', 'accident', 'illness', 'other'] }),
  disabilitySubsidy: rule('disabilitySubsidy', 'protective', { perMember: true, periodic: true, money: true, answersCauses: ['disability'], answersRisks: ['disability'] }),
  housingRenovation: rule('housingRenovation', 'protective', { answersCauses: ['disaster', 'other'], answersRisks: ['housing', 'disaster'] }),
  relocation: rule('relocation', 'developmental', { answersCauses: ['transport', 'land', 'water', 'disaster'], answersRisks: ['housing', 'drinkingWater', 'disaster'] }),
  drinkingWater: rule('drinkingWater', 'protective', { answersCauses: ['water'], answersRisks: ['drinkingWater'] }),
  // Microloans: up to 50 000 yuan (policy.md §4); the credit programme applies term and subsidy rules.
  microloan: rule('microloan', 'developmental', { industry: true, money: true, maxAmount: 5_000_000, answersCauses: ['capital'], answersRisks: ['industryFailure'] }),
  insurance: rule('insurance', 'protective', { answersCauses: ['illness', 'disaster', 'other'], answersRisks: ['illness', 'accident', 'disaster', 'industryFailure'] }),
  consumption: rule('consumption', 'developmental', { industry: true, answersCauses: ['transport', 'capital'], answersRisks: ['industryFailure'] }),
  assetIncome: rule('assetIncome', 'developmental', { money: true, answersCauses: ['labour', 'capital', 'land', 'disability'], answersRisks: ['lackOfLabour'] }),
  socialDonation: rule('socialDonation', 'protective', { answersCauses: ['other', 'disaster', 'illness'], answersRisks: ['other', 'disaster'] }),
  motivationSupport: rule('motivationSupport', 'developmental', { answersCauses: ['motivation'], answersRisks: [] }),
};

interface RuleOptions {
  industry?: boolean;
  perMember?: boolean;
  periodic?: boolean;
  money?: boolean;
  maxAmount?: number;
  answersCauses: readonly PovertyCause[];
  answersRisks: readonly RiskType[];
}

function rule(code: MeasureTypeCode, category: MeasureCategory, o: RuleOptions): MeasureTypeRule {
  return {
    code, category,
    isIndustryOrEmployment: o.industry ?? false,
    isPerMember: o.perMember ?? false,
    isPeriodicSubsidy: o.periodic ?? false,
    requiresMoney: o.money ?? false,
    ...(o.maxAmount !== undefined ? { maxAmount: o.maxAmount } : {}),
    answersCauses: o.answersCauses,
    answersRisks: o.answersRisks,
  };
}

export function measureTypeRule(code: MeasureTypeCode): MeasureTypeRule {
  return MEASURE_TYPE_RULES[code];
}

/** The measure types that answer a cause, in catalogue order. */
export function measureTypesForCause(cause: PovertyCause): MeasureTypeCode[] {
  return measureTypes.codes.filter((c) => MEASURE_TYPE_RULES[c].answersCauses.includes(cause));
}

export function measureTypesForRisk(risk: RiskType): MeasureTypeCode[] {
  return measureTypes.codes.filter((c) => MEASURE_TYPE_RULES[c].answersRisks.includes(risk));
}

export const measureStatuses = defineCodeList('measureStatus', [
  { code: 'planned', zh: '计划', en: 'Planned' },
  { code: 'inProgress', zh: '实施中', en: 'In progress' },
  { code: 'completed', zh: '已完成', en: 'Completed' },
  { code: 'cancelled', zh: '已取消', en: 'Cancelled' },
]);

export type MeasureStatus = (typeof measureStatuses.codes)[number];

export const measureFundingSources = defineCodeList('measureFundingSource', [
  { code: 'centralFiscal', zh: '中央财政', en: 'Central fiscal funds' },
  { code: 'provincialFiscal', zh: '省级财政', en: 'Provincial fiscal funds' },
  { code: 'cityFiscal', zh: '市级财政', en: 'City fiscal funds' },
  { code: 'countyFiscal', zh: '县级财政', en: 'County fiscal funds' },
  { code: 'integratedAgricultural', zh: '统筹整合涉农资金', en: 'Integrated agricultural funds' },
  { code: 'eastWestCollaboration', zh: '东西部协作资金', en: 'East-west collaboration' },
  { code: 'designatedAssistance', zh: '定点帮扶资金', en: 'Designated assistance' },
  { code: 'donation', zh: '社会捐赠', en: 'Donations' },
  { code: 'credit', zh: '信贷资金', en: 'Credit' },
  { code: 'other', zh: '其他', en: 'Other' },
]);

export const measureProviderKinds = defineCodeList('measureProviderKind', [
  { code: 'department', zh: '行业部门', en: 'Department' },
  { code: 'cadre', zh: '帮扶干部', en: 'Cadre' },
  { code: 'enterprise', zh: '企业', en: 'Enterprise' },
  { code: 'socialOrganization', zh: '社会组织', en: 'Social organization' },
  { code: 'villageCollective', zh: '村集体', en: 'Village collective' },
]);

export const cadreLevels = defineCodeList('cadreLevel', [
  { code: 'province', zh: '省级', en: 'Province' },
  { code: 'city', zh: '市级', en: 'City' },
  { code: 'county', zh: '县级', en: 'County' },
  { code: 'township', zh: '乡镇级', en: 'Township' },
  { code: 'village', zh: '村级', en: 'Village' },
  { code: 'enterprise', zh: '企业', en: 'Enterprise' },
]);

export const visitPurposes = defineCodeList('visitPurpose', [
  { code: 'routine', zh: '日常走访', en: 'Routine visit' },
  { code: 'policyPromotion', zh: '政策宣传', en: 'Explaining policies' },
  { code: 'incomeSurvey', zh: '收入核算', en: 'Income survey' },
  { code: 'measureDelivery', zh: '落实帮扶措施', en: 'Delivering a measure' },
  { code: 'verification', zh: '入户核实', en: 'Verification visit' },
  { code: 'other', zh: '其他', en: 'Other' },
]);

export const workTeamRoles = defineCodeList('workTeamRole', [
  { code: 'firstSecretary', zh: '第一书记', en: 'First secretary' },
  { code: 'leader', zh: '工作队队长', en: 'Team leader' },
  { code: 'member', zh: '工作队员', en: 'Team member' },
]);
