export * from './decision.ts';
export * from './policy-catalogue.ts';
export * from './policy-defaults.ts';
export * from './policy-lookup.ts';
export * from './policy-resolution.ts';
export * from './policy-types.ts';
export * from './policy-validation.ts';
// The evaluations and indicators built on the policy store are exported with it (one line in core's index).
export * from '../evaluation/index.ts';
export * from '../indicators/index.ts';
