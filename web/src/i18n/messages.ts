import enBase from './locales/en-US.json';
import zhBase from './locales/zh-CN.json';
import dataImportEn from '../import/import.en-US.json';
import dataImportZh from '../import/import.zh-CN.json';
import exportMenuEn from '../household-export/household-export.en-US.json';
import exportMenuZh from '../household-export/household-export.zh-CN.json';
import proceduresEn from '../procedures/procedures.en-US.json';
import proceduresZh from '../procedures/procedures.zh-CN.json';
import samplingEn from '../sampling/sampling.en-US.json';
import samplingZh from '../sampling/sampling.zh-CN.json';
import policyEn from '../policy/policy.en-US.json';
import policyZh from '../policy/policy.zh-CN.json';
import evaluationsEn from '../evaluations/evaluations.en-US.json';
import evaluationsZh from '../evaluations/evaluations.zh-CN.json';
import indicatorsEn from '../indicators/indicators.en-US.json';
import indicatorsZh from '../indicators/indicators.zh-CN.json';
import assistanceEn from '../assistance/assistance.en-US.json';
import assistanceZh from '../assistance/assistance.zh-CN.json';
import myHouseholdsEn from '../my-households/my-households.en-US.json';
import myHouseholdsZh from '../my-households/my-households.zh-CN.json';
import cadresEn from '../cadres/cadres.en-US.json';
import cadresZh from '../cadres/cadres.zh-CN.json';
import programmesEn from '../programmes/programmes.en-US.json';
import programmesZh from '../programmes/programmes.zh-CN.json';
import employmentEn from '../employment/employment.en-US.json';
import employmentZh from '../employment/employment.zh-CN.json';
import microloansEn from '../microloans/microloans.en-US.json';
import microloansZh from '../microloans/microloans.zh-CN.json';
import educationAidEn from '../education-aid/education-aid.en-US.json';
import educationAidZh from '../education-aid/education-aid.zh-CN.json';
import monitoringEn from '../monitoring/monitoring.en-US.json';
import monitoringZh from '../monitoring/monitoring.zh-CN.json';
import monitoringCasesEn from '../monitoring-cases/monitoring-cases.en-US.json';
import monitoringCasesZh from '../monitoring-cases/monitoring-cases.zh-CN.json';

/*
 * All UI texts, one tree per language. Shared texts live in ./locales; each newer feature keeps its
 * own texts beside its code (`<feature>/<feature>.zh-CN.json` and `.en-US.json`) under one
 * top-level key, added here with one line per language.
 */
export const zhCN = {
  ...zhBase,
  ...dataImportZh,
  ...exportMenuZh,
  ...proceduresZh,
  ...samplingZh,
  ...policyZh,
  ...evaluationsZh,
  ...indicatorsZh,
  ...assistanceZh,
  ...myHouseholdsZh,
  ...cadresZh,
  ...programmesZh,
  ...employmentZh,
  ...microloansZh,
  ...educationAidZh,
  ...monitoringZh,
  ...monitoringCasesZh,
};

export const enUS: typeof zhCN = {
  ...enBase,
  ...dataImportEn,
  ...exportMenuEn,
  ...proceduresEn,
  ...samplingEn,
  ...policyEn,
  ...evaluationsEn,
  ...indicatorsEn,
  ...assistanceEn,
  ...myHouseholdsEn,
  ...cadresEn,
  ...programmesEn,
  ...employmentEn,
  ...microloansEn,
  ...educationAidEn,
  ...monitoringEn,
  ...monitoringCasesEn,
};

export type Messages = typeof zhCN;
