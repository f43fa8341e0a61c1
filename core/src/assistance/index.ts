export * from './assistance-plan.ts';
export * from './household-dues.ts';
export * from './measure-rules.ts';
export * from './measure-types.ts';
export * from './pairing-rules.ts';
export * from './periods.ts';
export * from './visit-rules.ts';
