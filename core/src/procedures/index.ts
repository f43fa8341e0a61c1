export * from './procedure-definitions.ts';
export * from './procedure-rules.ts';
export * from './objection-rules.ts';
export * from './step-schedule.ts';
export * from './village-quota.ts';
