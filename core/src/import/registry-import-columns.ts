import {
  disabilityGrades, educationLevels, employmentKinds, ethnicities, genders, healthStatuses, laborCapacities,
  relationsToHead, schoolStatuses,
} from '../codes/member-codes.ts';
import { householdTypes, housingGrades, identificationStandards, povertyCauses, povertyStatuses, relocationKinds } from '../codes/registry-codes.ts';
import type { ImportColumn } from './import-columns.ts';

const mu = { type: 'decimal', min: 0, max: 100_000 } as const;

/**
 * The household sheet: one row per member, in the order and wording of the collection form
 * (贫困户信息采集表). Household columns are filled on a household's first row; on its other rows
 * they may be blank or merged.
 */
export const HOUSEHOLD_COLUMNS: readonly ImportColumn[] = [
  { key: 'householdNo', zh: '户编号', en: 'Household number', level: 'household', isRequired: true,
    spec: { type: 'text', max: 40, pattern: /^[0-9A-Za-z-]{1,40}$/, patternMessage: 'a household number has 1 to 40 letters, digits or dashes' },
    note: '全国唯一；同一户的成员行户编号相同（可合并单元格）' },
  { key: 'village', zh: '行政村', en: 'Village', aliases: ['所在村', '村', '行政村代码', 'village code'], level: 'household', isRequired: true,
    spec: { type: 'text', max: 60 }, note: '12位村级区划代码或村名，须在您的辖区内' },
  { key: 'villageGroup', zh: '村民小组', en: 'Village group', aliases: ['组', '自然村'], level: 'household', spec: { type: 'text', max: 50 } },
  { key: 'address', zh: '家庭住址', en: 'Address', aliases: ['住址'], level: 'household', spec: { type: 'text', max: 200 } },
  { key: 'phone', zh: '联系电话', en: 'Phone', level: 'household',
    spec: { type: 'text', max: 20, pattern: /^[0-9+\- ]{5,20}$/, patternMessage: 'a phone number has 5 to 20 digits' } },
  { key: 'identificationStandard', zh: '识别标准', en: 'Identification standard', level: 'household', spec: { type: 'code', list: identificationStandards } },
  { key: 'householdType', zh: '贫困户属性', en: 'Household type', level: 'household', isRequired: true, spec: { type: 'code', list: householdTypes } },
  { key: 'povertyStatus', zh: '贫困状态', en: 'Poverty status', aliases: ['脱贫状态'], level: 'household', isRequired: true, spec: { type: 'code', list: povertyStatuses } },
  { key: 'yearIdentified', zh: '识别年度', en: 'Year identified', aliases: ['识别年份'], level: 'household', spec: { type: 'year' } },
  { key: 'yearExited', zh: '脱贫年度', en: 'Year exited', aliases: ['脱贫年份'], level: 'household', spec: { type: 'year' } },
  { key: 'mainCause', zh: '主要致贫原因', en: 'Main cause of poverty', level: 'household', spec: { type: 'code', list: povertyCauses } },
  { key: 'otherCauses', zh: '其他致贫原因', en: 'Other causes of poverty', level: 'household', spec: { type: 'codes', list: povertyCauses, max: 2 },
    note: '最多两项，用顿号（、）或逗号分隔' },
  { key: 'isMilitaryFamily', zh: '是否军烈属', en: 'Military or martyr family', level: 'household', spec: { type: 'flag' } },
  { key: 'isSingleChildFamily', zh: '是否独生子女户', en: 'Only-child family', aliases: ['是否独生子女或双女户'], level: 'household', spec: { type: 'flag' } },
  { key: 'relocationKind', zh: '易地扶贫搬迁', en: 'Relocation', aliases: ['是否易地扶贫搬迁'], level: 'household', spec: { type: 'code', list: relocationKinds } },
  { key: 'housingGrade', zh: '危房等级', en: 'Dangerous-housing grade', level: 'household', spec: { type: 'code', list: housingGrades } },
  { key: 'isWaterSafe', zh: '饮水是否安全', en: 'Drinking water safe', level: 'household', spec: { type: 'flag' } },
  { key: 'hasSanitaryToilet', zh: '有无卫生厕所', en: 'Sanitary toilet', level: 'household', spec: { type: 'flag' } },
  { key: 'isCooperativeMember', zh: '是否加入农民专业合作社', en: 'Cooperative member', level: 'household', spec: { type: 'flag' } },
  { key: 'hasElectricity', zh: '是否通生活用电', en: 'Electricity', level: 'household', spec: { type: 'flag' } },
  { key: 'roadDistanceKm', zh: '与村主干路距离（公里）', en: 'Distance to the main road (km)', level: 'household', spec: { type: 'decimal', min: 0, max: 1000 } },
  { key: 'cultivatedLandMu', zh: '耕地面积（亩）', en: 'Cultivated land (mu)', level: 'household', spec: mu },
  { key: 'irrigatedLandMu', zh: '有效灌溉面积（亩）', en: 'Irrigated land (mu)', level: 'household', spec: mu },
  { key: 'forestMu', zh: '林地面积（亩）', en: 'Forest (mu)', level: 'household', spec: mu },
  { key: 'grasslandMu', zh: '牧草地面积（亩）', en: 'Grassland (mu)', level: 'household', spec: mu },
  { key: 'name', zh: '姓名', en: 'Name', aliases: ['成员姓名'], level: 'member', isRequired: true, spec: { type: 'text', max: 50 } },
  { key: 'idNumber', zh: '证件号码', en: 'ID number', aliases: ['身份证号码', '公民身份号码', '身份证号'], level: 'member', isRequired: true,
    spec: { type: 'idNumber' }, note: '18位公民身份号码，校验码须正确' },
  { key: 'gender', zh: '性别', en: 'Gender', level: 'member', spec: { type: 'code', list: genders }, note: '可不填；填写时须与证件号码一致' },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', level: 'member', spec: { type: 'date' }, note: '可不填；填写时须与证件号码一致' },
  { key: 'relationToHead', zh: '与户主关系', en: 'Relation to head', level: 'member', isRequired: true, spec: { type: 'code', list: relationsToHead } },
  { key: 'ethnicity', zh: '民族', en: 'Ethnicity', level: 'member', spec: { type: 'code', list: ethnicities } },
  { key: 'education', zh: '文化程度', en: 'Education', level: 'member', spec: { type: 'code', list: educationLevels } },
  { key: 'schoolStatus', zh: '在校生状况', en: 'School status', level: 'member', spec: { type: 'code', list: schoolStatuses } },
  { key: 'healthStatus', zh: '健康状况', en: 'Health status', level: 'member', spec: { type: 'code', list: healthStatuses } },
  { key: 'disabilityGrade', zh: '残疾等级', en: 'Disability grade', level: 'member', spec: { type: 'code', list: disabilityGrades } },
  { key: 'laborCapacity', zh: '劳动技能', en: 'Labour capacity', aliases: ['劳动能力'], level: 'member', isRequired: true, spec: { type: 'code', list: laborCapacities } },
  { key: 'employmentKind', zh: '务工状况', en: 'Employment', level: 'member', spec: { type: 'code', list: employmentKinds } },
  { key: 'employedMonths', zh: '务工时间（月）', en: 'Months employed', level: 'member', spec: { type: 'integer', min: 0, max: 12 } },
  { key: 'employmentIncome', zh: '务工收入（元）', en: 'Employment income (yuan)', level: 'member', spec: { type: 'yuan' } },
  { key: 'hasMedicalInsurance', zh: '是否参加基本医疗保险', en: 'Basic medical insurance', aliases: ['是否参加城乡居民基本医疗保险'], level: 'member', spec: { type: 'flag' } },
  { key: 'hasPensionInsurance', zh: '是否参加基本养老保险', en: 'Basic pension insurance', aliases: ['是否参加城乡居民基本养老保险'], level: 'member', spec: { type: 'flag' } },
  { key: 'receivesDibao', zh: '是否享受低保', en: 'Receives dibao', level: 'member', spec: { type: 'flag' } },
  { key: 'receivesExtremePovertySupport', zh: '是否特困供养', en: 'Receives extreme-poverty support', level: 'member', spec: { type: 'flag' } },
  // Figures the household export carries that the registry derives itself: read past, never written.
  { key: 'headName', zh: '户主姓名', en: 'Head of household', level: 'household', spec: { type: 'ignored' } },
  { key: 'headIdNumber', zh: '户主身份证号码', en: 'Head\'s ID number', level: 'household', spec: { type: 'ignored' } },
  { key: 'memberCount', zh: '家庭人口数', en: 'Members', level: 'household', spec: { type: 'ignored' } },
  { key: 'netIncomePerCapita', zh: '最新人均纯收入', en: 'Latest net income per capita', level: 'household', spec: { type: 'ignored' } },
  { key: 'incomeYear', zh: '收入年度', en: 'Income year', level: 'household', spec: { type: 'ignored' } },
];

/** The member template: the household number and the member columns. */
export const MEMBER_TEMPLATE_KEYS: readonly string[] = ['householdNo', ...HOUSEHOLD_COLUMNS.filter((c) => c.level === 'member').map((c) => c.key)];
/** The household template leaves out the columns only an export carries. */
export const HOUSEHOLD_TEMPLATE_KEYS: readonly string[] = HOUSEHOLD_COLUMNS.filter((c) => c.spec.type !== 'ignored').map((c) => c.key);
