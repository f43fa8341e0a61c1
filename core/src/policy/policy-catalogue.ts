import type { ParameterDefinition, TableColumn } from './policy-types.ts';

const MAX_FEN = 10_000_000_000;
const money = (key: string, unit: ParameterDefinition['unit'], group: ParameterDefinition['group'], zh: string, en: string): ParameterDefinition =>
  ({ key, kind: 'money', unit, group, zh, en, min: 0, max: MAX_FEN });
const rate = (key: string, group: ParameterDefinition['group'], zh: string, en: string, max = 1): ParameterDefinition =>
  ({ key, kind: 'rate', unit: 'ratio', group, zh, en, min: 0, max });
const integer = (key: string, unit: ParameterDefinition['unit'], group: ParameterDefinition['group'], zh: string, en: string): ParameterDefinition =>
  ({ key, kind: 'integer', unit, group, zh, en, min: 0, max: 10_000 });
const flag = (key: string, group: ParameterDefinition['group'], zh: string, en: string): ParameterDefinition =>
  ({ key, kind: 'boolean', unit: 'flag', group, zh, en });
const table = (key: string, unit: ParameterDefinition['unit'], group: ParameterDefinition['group'], zh: string, en: string, columns: readonly TableColumn[]): ParameterDefinition =>
  ({ key, kind: 'table', unit, group, zh, en, columns });

const AREA: TableColumn = { name: 'area', kind: 'text', zh: '城乡', en: 'Urban or rural', options: ['urban', 'rural'] };

/**
 * Every parameter the policy store knows. A value for a key not listed here is refused, so a
 * typo cannot silently create a parameter nobody reads.
 */
export const POLICY_PARAMETERS: readonly ParameterDefinition[] = [
  money('povertyLine', 'fenPerPersonYear', 'standards', '扶贫标准（贫困线）', 'Poverty line'),
  money('monitoringThreshold', 'fenPerPersonYear', 'standards', '防止返贫监测范围（监测线）', 'Monitoring threshold'),
  money('ruralIncomePerCapita', 'fenPerPersonYear', 'standards', '农村居民人均可支配收入（监测用）', 'Rural per-capita disposable income (monitoring)'),
  money('provincialRuralIncomePerCapita', 'fenPerPersonYear', 'standards', '全省农民人均纯收入', 'Provincial rural per-capita income'),
  rate('provincialIncidence', 'standards', '全省贫困发生率', 'Provincial poverty incidence'),
  flag('isWesternRegion', 'standards', '属西部地区', 'Counts as a western region'),
  flag('basicNeeds.drinkingWaterRequired', 'standards', '饮水安全纳入“两不愁三保障”', 'Drinking water is a basic-needs item'),

  rate('exit.incidenceLimit', 'exit', '退出贫困发生率上限', 'Exit incidence limit'),
  rate('exit.incidenceLimitWest', 'exit', '退出贫困发生率上限（西部）', 'Exit incidence limit (west)'),
  rate('exit.wrongExitRateLimit', 'exit', '错退率上限', 'Wrong-exit rate limit'),
  rate('exit.missedRateLimit', 'exit', '漏评率上限', 'Missed-identification rate limit'),
  rate('exit.approvalRateMin', 'exit', '群众认可度下限', 'Minimum public approval'),
  money('exit.rewardPerHousehold', 'fen', 'exit', '脱贫奖励（每户）', 'Exit reward per household'),

  rate('poorVillage.incidenceMultiple', 'identification', '贫困村：贫困发生率为全省的倍数', 'Poor village: incidence multiple of the province', 100),
  rate('poorVillage.incomeShare', 'identification', '贫困村：人均收入低于全省平均的比例', 'Poor village: income share of the provincial average'),

  money('monitoring.hospitalStayLimitMonitored', 'fen', 'monitoring', '单次住院自付预警线（监测对象）', 'Single hospital stay alert (monitored)'),
  money('monitoring.hospitalStayLimitOthers', 'fen', 'monitoring', '单次住院自付预警线（一般农户）', 'Single hospital stay alert (others)'),
  rate('monitoring.medicalShareMonitored', 'monitoring', '医疗自付占上年农村人均可支配收入比例（脱贫户、监测对象）', 'Medical costs share of rural income (exited, monitored)', 10),
  rate('monitoring.medicalShareOthers', 'monitoring', '医疗自付占上年农村人均可支配收入比例（一般农户）', 'Medical costs share of rural income (others)', 10),
  integer('monitoring.minMonitoredMonths', 'months', 'monitoring', '风险消除前最短监测期', 'Minimum months monitored before elimination'),
  integer('monitoring.stableIncomeMonths', 'months', 'monitoring', '收入稳定超过监测线的月数', 'Months of income stably above the threshold'),
  integer('monitoring.decisionWorkingDays', 'workingDays', 'monitoring', '从发现到认定的工作日', 'Working days from discovery to decision'),
  integer('monitoring.noMeasureMonths', 'months', 'monitoring', '纳入后无帮扶措施的提醒期', 'Months after inclusion without a measure before a flag'),
  integer('monitoring.verificationWorkingDays', 'workingDays', 'monitoring', '发现后入户核实时限（工作日）', 'Working days to verify on site after discovery'),
  integer('monitoring.appraisalWorkingDays', 'workingDays', 'monitoring', '村民主评议时限（工作日）', 'Working days for the village appraisal'),
  integer('monitoring.townshipReviewWorkingDays', 'workingDays', 'monitoring', '乡镇审核时限（工作日）', 'Working days for the township review'),
  integer('monitoring.countyApprovalWorkingDays', 'workingDays', 'monitoring', '县级审定时限（工作日）', 'Working days for the county approval'),

  table('education.stageAid', 'rows', 'education', '学前至高中资助标准', 'School aid by stage', [
    { name: 'stage', kind: 'text', zh: '学段', en: 'Stage', options: ['preschool', 'primary', 'juniorHigh', 'seniorHigh'] },
    { name: 'boarding', kind: 'text', zh: '寄宿', en: 'Boarding', options: ['any', 'boarding', 'dayStudent'] },
    { name: 'amountPerYear', kind: 'money', zh: '每年金额', en: 'Per year' },
  ]),
  table('education.universityEntrantGrant', 'rows', 'education', '大学新生一次性资助', 'University entrants\' one-off grant', [
    { name: 'scope', kind: 'text', zh: '就读地', en: 'Where', options: ['inRegion', 'outOfRegion'] },
    { name: 'amount', kind: 'money', zh: '金额', en: 'Amount' },
  ]),
  table('education.universityAid', 'rows', 'education', '大学生资助（按入学年份）', 'University aid by entry cohort', [
    { name: 'group', kind: 'text', zh: '对象', en: 'Group', options: ['dibaoOrOrphan', 'poorFamily'] },
    { name: 'entryFrom', kind: 'integer', zh: '入学年份起', en: 'Entering from', nullable: true },
    { name: 'entryTo', kind: 'integer', zh: '入学年份止', en: 'Entering to', nullable: true },
    { name: 'level', kind: 'text', zh: '层次', en: 'Level', options: ['associate', 'bachelor', 'master'] },
    { name: 'amountPerYear', kind: 'money', zh: '每年金额', en: 'Per year' },
    { name: 'cap', kind: 'money', zh: '累计上限', en: 'Cap' },
  ]),
  money('education.yuluPerYear', 'fenPerYear', 'education', '雨露计划（每生每年）', 'Yulu programme per student per year'),

  table('socialAssistance.dibaoMonthly', 'rows', 'socialAssistance', '低保标准（每人每月）', 'Dibao per person per month', [
    AREA, { name: 'amount', kind: 'money', zh: '金额', en: 'Amount' },
  ]),
  table('socialAssistance.extremePovertySupportMonthly', 'rows', 'socialAssistance', '特困供养标准（每人每月）', 'Extreme-poverty support per person per month', [
    AREA, { name: 'amount', kind: 'money', zh: '金额', en: 'Amount' },
  ]),
  money('socialAssistance.safetyNetTopUpMonthly', 'fenPerPersonMonth', 'socialAssistance', '低保边缘兜底补助（每月）', 'Safety-net top-up per month'),

  money('microloan.maxAmount', 'fen', 'microloan', '小额信贷额度上限', 'Microloan maximum'),
  integer('microloan.usualTermYears', 'years', 'microloan', '小额信贷一般期限', 'Microloan usual term'),
  integer('microloan.maxTermYears', 'years', 'microloan', '小额信贷最长期限', 'Microloan longest term'),
  flag('microloan.fullInterestSubsidy', 'microloan', '小额信贷全额贴息', 'Microloan full interest subsidy'),

  integer('workshop.minPoorWorkers', 'people', 'employment', '扶贫车间吸纳贫困劳动力下限', 'Workshop: minimum poor workers'),
  integer('workshop.minMonths', 'months', 'employment', '扶贫车间稳定就业月数', 'Workshop: minimum months employed'),
  money('workshop.wageSubsidyWorkerMonthly', 'fenPerMonth', 'employment', '车间务工补贴（劳动者，每月）', 'Workshop wage subsidy, worker, per month'),
  money('workshop.wageSubsidyEmployerMonthly', 'fenPerMonth', 'employment', '车间岗位补贴（企业，每月）', 'Workshop wage subsidy, employer, per month'),
  money('workshop.trainingSubsidyPerTrainee', 'fen', 'employment', '以工代训补贴（每人）', 'Employer-run training per trainee'),
  integer('employment.workingAgeMin', 'years', 'employment', '劳动年龄下限（周岁，含）', 'Working age, youngest (inclusive)'),
  integer('employment.workingAgeMax', 'years', 'employment', '劳动年龄上限（周岁，含）', 'Working age, oldest (inclusive)'),
];

const BY_KEY = new Map(POLICY_PARAMETERS.map((p) => [p.key, p]));

export function findPolicyParameter(key: string): ParameterDefinition | undefined {
  return BY_KEY.get(key);
}

/** The catalogue's keys, for API enums. */
export const POLICY_PARAMETER_KEYS: readonly string[] = POLICY_PARAMETERS.map((p) => p.key);
