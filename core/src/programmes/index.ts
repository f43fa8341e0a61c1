export * from './education-aid-gaps.ts';
export * from './labour-force.ts';
export * from './loan-performance.ts';
export * from './microloan-rules.ts';
export { addMonths as addMonthsToDate, checkFrom, type ProgrammeCheck, type ProgrammeReason } from './programme-decision.ts';
export * from './repayment-schedule.ts';
export * from './subsidy-overlap.ts';
export * from './assistance-workshop-subsidy.ts';
