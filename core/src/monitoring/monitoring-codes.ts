import { defineCodeList } from '../codes/code-list.ts';

/**
 * Risks of (re)falling into poverty (致贫/返贫风险), in the order of the national monitoring form.
 * The assistance catalogue says which measures answer each of them.
 */
export const riskTypes = defineCodeList('riskType', [
  { code: 'illness', zh: '因病', en: 'Illness' },
  { code: 'disability', zh: '因残', en: 'Disability' },
  { code: 'schooling', zh: '因学', en: 'Schooling' },
  { code: 'disaster', zh: '因灾', en: 'Disaster' },
  { code: 'accident', zh: '因意外事故', en: 'Accident' },
  { code: 'industryFailure', zh: '因产业项目失败', en: 'Industry failure' },
  { code: 'unstableEmployment', zh: '因务工就业不稳', en: 'Unstable employment' },
  { code: 'lackOfLabour', zh: '缺劳动力', en: 'Lack of labour' },
  { code: 'housing', zh: '住房出现安全问题', en: 'Housing safety' },
  { code: 'drinkingWater', zh: '饮水安全问题', en: 'Drinking water safety' },
  { code: 'other', zh: '其他', en: 'Other' },
]);
export type RiskType = (typeof riskTypes.codes)[number];

/** The department feeds (部门数据), one template each. */
export const feedKinds = defineCodeList('feedKind', [
  { code: 'medicalCosts', zh: '医保报销数据', en: 'Medical costs' },
  { code: 'socialAssistanceRoll', zh: '低保特困名册', en: 'Dibao and extreme-poverty roll' },
  { code: 'schoolEnrolment', zh: '学籍及辍学数据', en: 'School enrolment and dropouts' },
  { code: 'employment', zh: '失业及公益性岗位数据', en: 'Unemployment and public-welfare posts' },
  { code: 'housingGrades', zh: '住房安全鉴定数据', en: 'Housing grades' },
  { code: 'disasterLosses', zh: '灾害损失数据', en: 'Disasters and losses' },
  { code: 'disabilityRegistrations', zh: '残疾人登记数据', en: 'Disability registrations' },
  { code: 'deaths', zh: '死亡人员数据', en: 'Deaths' },
]);
export type FeedKind = (typeof feedKinds.codes)[number];

export const socialAssistanceKinds = defineCodeList('socialAssistanceKind', [
  { code: 'dibao', zh: '低保', en: 'Dibao' },
  { code: 'extremePovertySupport', zh: '特困供养', en: 'Extreme-poverty support' },
]);

export const enrolmentStatuses = defineCodeList('enrolmentStatus', [
  { code: 'enrolled', zh: '在校', en: 'Enrolled' },
  { code: 'dropout', zh: '辍学', en: 'Dropped out' },
  { code: 'suspended', zh: '休学', en: 'Suspended' },
  { code: 'graduated', zh: '毕业', en: 'Graduated' },
]);

export const employmentEvents = defineCodeList('employmentEvent', [
  { code: 'unemploymentRegistered', zh: '失业登记', en: 'Registered unemployed' },
  { code: 'postEnded', zh: '退出公益性岗位', en: 'Left a public-welfare post' },
  { code: 'postStarted', zh: '公益性岗位上岗', en: 'Started a public-welfare post' },
  { code: 'employed', zh: '就业登记', en: 'Registered employed' },
]);

export const disasterKinds = defineCodeList('disasterKind', [
  { code: 'flood', zh: '洪涝', en: 'Flood' },
  { code: 'drought', zh: '干旱', en: 'Drought' },
  { code: 'hail', zh: '冰雹', en: 'Hail' },
  { code: 'snowstorm', zh: '雪灾', en: 'Snowstorm' },
  { code: 'earthquake', zh: '地震', en: 'Earthquake' },
  { code: 'landslide', zh: '地质灾害', en: 'Landslide' },
  { code: 'fire', zh: '火灾', en: 'Fire' },
  { code: 'other', zh: '其他', en: 'Other' },
]);

export const disabilityCategories = defineCodeList('disabilityCategory', [
  { code: 'visual', zh: '视力残疾', en: 'Visual' },
  { code: 'hearing', zh: '听力残疾', en: 'Hearing' },
  { code: 'speech', zh: '言语残疾', en: 'Speech' },
  { code: 'physical', zh: '肢体残疾', en: 'Physical' },
  { code: 'intellectual', zh: '智力残疾', en: 'Intellectual' },
  { code: 'mental', zh: '精神残疾', en: 'Mental' },
  { code: 'multiple', zh: '多重残疾', en: 'Multiple' },
]);

export const monitoringRules = defineCodeList('monitoringRule', [
  { code: 'incomeBelowThreshold', zh: '人均纯收入低于监测范围', en: 'Income below the monitoring threshold' },
  { code: 'incomeDrop', zh: '收入大幅下降', en: 'Income down sharply year on year' },
  { code: 'medicalOutOfPocket', zh: '年度医疗自付费用过高', en: 'High medical out-of-pocket costs in a year' },
  { code: 'medicalSingleStay', zh: '单次住院自付费用过高', en: 'Costly single hospital stay' },
  { code: 'dropout', zh: '学生辍学', en: 'Student dropped out' },
  { code: 'disasterLoss', zh: '遭受灾害损失', en: 'Disaster loss' },
  { code: 'jobLoss', zh: '失业或退出公益性岗位', en: 'Job or public-welfare post lost' },
  { code: 'dangerousHousing', zh: '住房鉴定为危房', en: 'Housing assessed dangerous' },
  { code: 'mainEarnerLoss', zh: '主要劳动力死亡或重度残疾', en: 'Main earner died or seriously disabled' },
]);
export type MonitoringRule = (typeof monitoringRules.codes)[number];

export const discrepancyKinds = defineCodeList('discrepancyKind', [
  { code: 'dibaoNotInRegistry', zh: '低保名册有、档案未标注低保', en: 'On the dibao roll, not marked dibao in the registry' },
  { code: 'extremePovertyNotInRegistry', zh: '特困名册有、档案未标注特困', en: 'On the extreme-poverty roll, not marked in the registry' },
  { code: 'enrolledButDropout', zh: '档案为在校生、教育部门为辍学', en: 'In school per registry, dropout per education' },
  { code: 'deceasedNotInRegistry', zh: '公安/卫健死亡、档案未标注死亡', en: 'Dead per the death feed, alive in the registry' },
  { code: 'disabilityNotInRegistry', zh: '残联登记残疾、档案无残疾', en: 'Disability registered, none in the registry' },
  { code: 'dangerousHousingNotInRegistry', zh: '住建鉴定危房、档案为安全住房', en: 'Dangerous per housing, safe in the registry' },
]);
export type DiscrepancyKind = (typeof discrepancyKinds.codes)[number];
