import { defineCodeList } from './code-list.ts';

/** The line departments (行业部门) whose officers feed data in and answer alerts. */
export const departments = defineCodeList('department', [
  { code: 'civilAffairs', zh: '民政', en: 'Civil affairs' },
  { code: 'education', zh: '教育', en: 'Education' },
  { code: 'healthcareSecurity', zh: '医保', en: 'Healthcare security' },
  { code: 'humanResources', zh: '人社', en: 'Human resources and social security' },
  { code: 'housing', zh: '住建', en: 'Housing and urban-rural development' },
  { code: 'disabledPersons', zh: '残联', en: 'Disabled persons\' federation' },
  { code: 'emergencyManagement', zh: '应急', en: 'Emergency management' },
  { code: 'agriculture', zh: '农业农村', en: 'Agriculture and rural affairs' },
  { code: 'health', zh: '卫健', en: 'Health' },
  { code: 'publicSecurity', zh: '公安', en: 'Public security' },
  { code: 'ruralRevitalization', zh: '乡村振兴', en: 'Rural revitalization' },
]);

export type Department = (typeof departments.codes)[number];
