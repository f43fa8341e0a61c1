import { defineCodeList } from './code-list.ts';

export const povertyCauses = defineCodeList('povertyCause', [
  { code: 'illness', zh: '因病', en: 'Illness', national: '1' },
  { code: 'disability', zh: '因残', en: 'Disability', national: '2' },
  { code: 'schooling', zh: '因学', en: 'Schooling costs', national: '3' },
  { code: 'disaster', zh: '因灾', en: 'Disaster', national: '4' },
  { code: 'land', zh: '缺土地', en: 'Lack of land', national: '5' },
  { code: 'water', zh: '缺水', en: 'Lack of water', national: '6' },
  { code: 'skills', zh: '缺技术', en: 'Lack of skills', national: '7' },
  { code: 'labour', zh: '缺劳力', en: 'Lack of labour', national: '8' },
  { code: 'capital', zh: '缺资金', en: 'Lack of capital', national: '9' },
  { code: 'transport', zh: '交通条件落后', en: 'Poor transport', national: '10' },
  { code: 'motivation', zh: '自身发展动力不足', en: 'Lack of motivation', national: '11' },
  { code: 'other', zh: '其他', en: 'Other', national: '99' },
]);

export const householdTypes = defineCodeList('householdType', [
  { code: 'general', zh: '一般贫困户', en: 'General poor household', national: '1' },
  { code: 'dibao', zh: '低保贫困户', en: 'Dibao poor household', national: '2' },
  { code: 'extremePovertySupport', zh: '特困供养贫困户', en: 'Extreme-poverty support household', national: '3' },
]);

export const povertyStatuses = defineCodeList('povertyStatus', [
  { code: 'notPoor', zh: '非贫困户', en: 'Not poor' },
  { code: 'applicant', zh: '申请中', en: 'Applicant' },
  { code: 'poor', zh: '未脱贫', en: 'Poor (not exited)' },
  { code: 'exited', zh: '已脱贫（享受政策）', en: 'Exited (policies retained)' },
  { code: 'exitedNoPolicy', zh: '已脱贫（不享受政策）', en: 'Exited (no policies)' },
  { code: 'relapsed', zh: '返贫', en: 'Relapsed' },
]);

export const identificationStandards = defineCodeList('identificationStandard', [
  { code: 'national', zh: '国家标准', en: 'National standard' },
  { code: 'provincial', zh: '省定标准', en: 'Provincial standard' },
  { code: 'city', zh: '市定标准', en: 'City standard' },
]);

export const housingGrades = defineCodeList('housingGrade', [
  { code: 'A', zh: 'A级（安全）', en: 'Grade A (safe)' },
  { code: 'B', zh: 'B级（基本安全）', en: 'Grade B (basically safe)' },
  { code: 'C', zh: 'C级（局部危险）', en: 'Grade C (partly dangerous)' },
  { code: 'D', zh: 'D级（整体危险）', en: 'Grade D (dangerous)' },
]);

export const relocationKinds = defineCodeList('relocationKind', [
  { code: 'none', zh: '未搬迁', en: 'Not relocated' },
  { code: 'centralized', zh: '集中安置', en: 'Centralized resettlement' },
  { code: 'dispersed', zh: '分散安置', en: 'Dispersed resettlement' },
]);

export const basicNeedsResults = defineCodeList('basicNeedsResult', [
  { code: 'pass', zh: '达标', en: 'Pass' },
  { code: 'fail', zh: '未达标', en: 'Fail' },
  { code: 'notApplicable', zh: '不适用', en: 'Not applicable' },
]);

export const basicNeedsItems = defineCodeList('basicNeedsItem', [
  { code: 'food', zh: '不愁吃', en: 'Food secured' },
  { code: 'clothing', zh: '不愁穿', en: 'Clothing secured' },
  { code: 'compulsoryEducation', zh: '义务教育有保障', en: 'Compulsory education secured' },
  { code: 'medicalInsurance', zh: '基本医疗有保障', en: 'Basic medical care secured' },
  { code: 'housingSafety', zh: '住房安全有保障', en: 'Safe housing secured' },
  { code: 'drinkingWaterSafety', zh: '饮水安全有保障', en: 'Safe drinking water' },
]);

export const recordSources = defineCodeList('recordSource', [
  { code: 'entry', zh: '手工录入', en: 'Manual entry' },
  { code: 'visit', zh: '入户走访', en: 'Household visit' },
  { code: 'departmentFeed', zh: '部门数据', en: 'Department feed' },
  { code: 'import', zh: '批量导入', en: 'Import' },
  { code: 'demo', zh: '演示数据', en: 'Demo data' },
]);
