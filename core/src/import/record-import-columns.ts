import { measureFundingSources, measureProviderKinds, measureStatuses, measureTypes } from '../assistance/measure-types.ts';
import { basicNeedsResults } from '../codes/registry-codes.ts';
import type { ImportColumn } from './import-columns.ts';

/**
 * Columns of the imports that add records to existing households: incomes, basic-needs checks,
 * pairings and measures. Each sheet names the household by its number; the village and head
 * columns an export carries are recognised and not read (the household number decides).
 */

const householdNo: ImportColumn = {
  key: 'householdNo', zh: '户编号', en: 'Household number', level: 'household', isRequired: true,
  spec: { type: 'text', max: 40, pattern: /^[0-9A-Za-z-]{1,40}$/, patternMessage: 'a household number has 1 to 40 letters, digits or dashes' },
  note: '须是已登记的户，且在您的辖区内',
};

/** Read past: what an export carries beside the household number. */
const exportedHouseholdColumns: readonly ImportColumn[] = [
  { key: 'villageName', zh: '行政村', en: 'Village', level: 'household', spec: { type: 'ignored' } },
  { key: 'headName', zh: '户主姓名', en: 'Head of household', level: 'household', spec: { type: 'ignored' } },
];

const yuan = (key: string, zh: string, en: string, aliases?: readonly string[]): ImportColumn => ({
  key, zh, en, level: 'household', spec: { type: 'yuan' }, ...(aliases ? { aliases } : {}),
});

/** 收入情况: one row per household and year, income items by category as on the collection form. */
export const INCOME_COLUMNS: readonly ImportColumn[] = [
  householdNo,
  ...exportedHouseholdColumns,
  { key: 'year', zh: '年度', en: 'Year', aliases: ['收入年度', '年份'], level: 'household', isRequired: true, spec: { type: 'year' } },
  { key: 'householdSize', zh: '计算人口', en: 'Household size', aliases: ['人口数', '计算人数'], level: 'household', spec: { type: 'integer', min: 1, max: 50 },
    note: '可不填，不填时按户内现有成员数计算' },
  yuan('wageIncome', '工资性收入（元）', 'Wage income (yuan)'),
  yuan('businessIncome', '生产经营性收入（元）', 'Business income (yuan)'),
  yuan('businessCosts', '生产经营性支出（元）', 'Business costs (yuan)'),
  yuan('propertyIncome', '财产性收入（元）', 'Property income (yuan)'),
  { ...yuan('transferIncome', '转移性收入（元）', 'Transfer income (yuan)'), note: '可不填；填写时须等于下列各项转移性收入之和' },
  yuan('familyPlanning', '计划生育金（元）', 'Family-planning payments (yuan)'),
  yuan('dibao', '低保金（元）', 'Dibao (yuan)'),
  yuan('extremePovertySupport', '特困供养金（元）', 'Extreme-poverty support (yuan)', ['五保金']),
  yuan('pension', '养老保险金（元）', 'Pension (yuan)', ['养老金']),
  yuan('ecologicalCompensation', '生态补偿金（元）', 'Ecological compensation (yuan)'),
  yuan('disabilityAllowance', '残疾人补贴（元）', 'Disability allowances (yuan)'),
  yuan('agriculturalSubsidy', '农业补贴（元）', 'Agricultural subsidies (yuan)'),
  yuan('other', '其他转移性收入（元）', 'Other transfers (yuan)'),
  yuan('medicalExpenses', '医疗支出（元）', 'Medical expenses (yuan)'),
  yuan('schoolingExpenses', '教育支出（元）', 'Schooling expenses (yuan)'),
  { key: 'netIncome', zh: '家庭纯收入（元）', en: 'Net income (yuan)', aliases: ['纯收入'], level: 'household', spec: { type: 'yuan' },
    note: '可不填；填写时须等于 工资性+生产经营性+财产性+转移性收入−生产经营性支出' },
  // Derived by the registry, carried by the income export: read past, never written.
  { key: 'netIncomePerCapita', zh: '人均纯收入', en: 'Net income per capita', aliases: ['年人均纯收入'], level: 'household', spec: { type: 'ignored' } },
  { key: 'yardstick', zh: '国家扶贫标准或监测线', en: 'National line or threshold', level: 'household', spec: { type: 'ignored' } },
  { key: 'isAboveYardstick', zh: '高于标准', en: 'Above it', level: 'household', spec: { type: 'ignored' } },
  { key: 'source', zh: '信息来源', en: 'Source', level: 'household', spec: { type: 'ignored' } },
];

const result = (key: string, zh: string, en: string): ImportColumn => ({
  key, zh, en, level: 'household', isRequired: true, spec: { type: 'code', list: basicNeedsResults },
});

/** 两不愁三保障 checks: one row per household and check date. */
export const BASIC_NEEDS_CHECK_COLUMNS: readonly ImportColumn[] = [
  householdNo,
  ...exportedHouseholdColumns,
  { key: 'checkedOn', zh: '核查日期', en: 'Check date', aliases: ['检查日期', '核实日期', '走访日期'], level: 'household', isRequired: true, spec: { type: 'date' },
    note: '不晚于今天' },
  result('food', '不愁吃', 'Food secured'),
  result('clothing', '不愁穿', 'Clothing secured'),
  result('compulsoryEducation', '义务教育有保障', 'Compulsory education secured'),
  result('medicalInsurance', '基本医疗有保障', 'Basic medical care secured'),
  result('housingSafety', '住房安全有保障', 'Safe housing secured'),
  result('drinkingWaterSafety', '饮水安全有保障', 'Safe drinking water'),
];

/** 结对帮扶: one row per cadre, household and start date; the cadre must be registered in the region. */
export const PAIRING_COLUMNS: readonly ImportColumn[] = [
  householdNo,
  ...exportedHouseholdColumns,
  { key: 'cadreName', zh: '帮扶责任人', en: 'Paired cadre', aliases: ['帮扶责任人姓名', '帮扶干部', '帮扶人'], level: 'household', isRequired: true,
    spec: { type: 'text', max: 50 }, note: '须是辖区内已登记的帮扶干部' },
  { key: 'cadreUnit', zh: '帮扶责任人工作单位', en: 'Cadre\'s unit', aliases: ['工作单位', '帮扶单位', '单位'], level: 'household', spec: { type: 'text', max: 100 },
    note: '同名干部须填写，以区分' },
  { key: 'cadrePhone', zh: '帮扶责任人联系电话', en: 'Cadre\'s phone', aliases: ['联系电话', '帮扶人电话'], level: 'household',
    spec: { type: 'text', max: 20, pattern: /^[0-9+\- ]{5,20}$/, patternMessage: 'a phone number has 5 to 20 digits' }, note: '同名同单位干部须填写，以区分' },
  { key: 'startDate', zh: '结对开始日期', en: 'Start date', aliases: ['开始日期', '结对日期', '结对时间'], level: 'household', isRequired: true, spec: { type: 'date' } },
  { key: 'endDate', zh: '结对结束日期', en: 'End date', aliases: ['结束日期'], level: 'household', spec: { type: 'date' }, note: '结对仍在继续时不填' },
];

/** 帮扶措施台账: one row per measure, as the measures export writes it. */
export const MEASURE_COLUMNS: readonly ImportColumn[] = [
  householdNo,
  ...exportedHouseholdColumns,
  { key: 'memberName', zh: '受益成员', en: 'Member', aliases: ['受益人', '受益成员姓名'], level: 'member', spec: { type: 'text', max: 50 },
    note: '按人发放的措施须填写（姓名，同户重名时另填证件号码）' },
  { key: 'memberIdNumber', zh: '受益成员证件号码', en: 'Member\'s ID number', aliases: ['受益成员身份证号码', '受益人身份证号码'], level: 'member', spec: { type: 'idNumber' } },
  { key: 'measureType', zh: '帮扶措施类型', en: 'Measure type', aliases: ['措施类型', '帮扶措施'], level: 'household', isRequired: true, spec: { type: 'code', list: measureTypes } },
  { key: 'startDate', zh: '开始日期', en: 'Start date', aliases: ['发放日期', '实施日期'], level: 'household', isRequired: true, spec: { type: 'date' },
    note: '一次性措施填发放日期' },
  { key: 'endDate', zh: '结束日期', en: 'End date', level: 'household', spec: { type: 'date' } },
  { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', aliases: ['金额', '资金'], level: 'household', spec: { type: 'yuan' }, note: '实物帮扶可不填金额，填写“实物”' },
  { key: 'inKind', zh: '实物', en: 'In kind', aliases: ['实物内容'], level: 'household', spec: { type: 'text', max: 200 } },
  { key: 'fundingSource', zh: '资金来源', en: 'Funding source', level: 'household', spec: { type: 'code', list: measureFundingSources } },
  { key: 'providerKind', zh: '帮扶主体类型', en: 'Provider kind', level: 'household', spec: { type: 'code', list: measureProviderKinds } },
  { key: 'providerName', zh: '帮扶主体', en: 'Provider', aliases: ['帮扶单位'], level: 'household', spec: { type: 'text', max: 100 } },
  { key: 'status', zh: '状态', en: 'Status', aliases: ['实施状态'], level: 'household', spec: { type: 'code', list: measureStatuses }, note: '不填时为“实施中”' },
  { key: 'outcome', zh: '帮扶成效', en: 'Outcome', level: 'household', spec: { type: 'text', max: 500 } },
];
