export * from './monitoring-codes.ts';
export * from './feed-values.ts';
export * from './feed-definitions.ts';
export * from './feed-row.ts';
export * from './monitoring-settings.ts';
export * from './monitoring-rules.ts';
