export * from './area-evaluation.ts';
export * from './county-evaluation.ts';
export * from './education-aid.ts';
export * from './entitlement.ts';
export * from './household-entitlements.ts';
export * from './household-evaluation.ts';
export * from './household-facts.ts';
