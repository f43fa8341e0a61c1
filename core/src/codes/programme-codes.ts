import { defineCodeList } from './code-list.ts';

/** Kinds of job a member holds (jobs held, with months and income per year). */
export const jobKinds = defineCodeList('jobKind', [
  { code: 'inCounty', zh: '县内务工', en: 'Wage job in the county' },
  { code: 'inProvince', zh: '省内县外务工', en: 'Wage job in the province' },
  { code: 'outOfProvince', zh: '省外务工', en: 'Wage job outside the province' },
  { code: 'workshop', zh: '就业帮扶车间', en: 'Assistance workshop' },
  { code: 'selfEmployed', zh: '自主创业/灵活就业', en: 'Self-employed or flexible' },
]);

export const microloanStatuses = defineCodeList('microloanStatus', [
  { code: 'applied', zh: '已申请', en: 'Applied' },
  { code: 'approved', zh: '已审批', en: 'Approved' },
  { code: 'refused', zh: '未通过', en: 'Refused' },
  { code: 'disbursed', zh: '已放款', en: 'Disbursed' },
  { code: 'settled', zh: '已结清', en: 'Settled' },
]);

export const microloanRepaymentMethods = defineCodeList('microloanRepaymentMethod', [
  { code: 'principalAtMaturity', zh: '按季付息、到期还本', en: 'Quarterly interest, principal at maturity' },
  { code: 'equalPrincipal', zh: '按季等额本金', en: 'Equal principal each quarter' },
]);

export const trainingKinds = defineCodeList('trainingKind', [
  { code: 'vocationalSkills', zh: '职业技能培训', en: 'Vocational skills' },
  { code: 'agriculturalTechnique', zh: '农业实用技术培训', en: 'Agricultural techniques' },
  { code: 'employerRun', zh: '企业（车间）岗前培训', en: 'Employer-run training' },
  { code: 'entrepreneurship', zh: '创业培训', en: 'Entrepreneurship' },
]);

/** Education aid items, as the policy engine's entitlements name them. */
export const educationAidItems = defineCodeList('educationAidItem', [
  { code: 'educationAid', zh: '学前至高中学生资助', en: 'Preschool to senior high aid' },
  { code: 'universityEntrantGrant', zh: '大学新生入学资助', en: 'University entrants\' grant' },
  { code: 'universityAid', zh: '大学生资助', en: 'University student aid' },
  { code: 'yuluProgramme', zh: '雨露计划', en: 'Yulu programme' },
]);
