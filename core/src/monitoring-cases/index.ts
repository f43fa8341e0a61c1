export * from './case-codes.ts';
export * from './case-calendar.ts';
export * from './case-definitions.ts';
export * from './case-rules.ts';
export * from './risk-elimination.ts';
