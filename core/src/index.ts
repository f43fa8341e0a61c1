export * from './access/region-scope.ts';
export * from './access/roles.ts';
export * from './codes/index.ts';
export * from './identity/id-number.ts';
export * from './income/net-income.ts';
export * from './registry/member-rules.ts';
export * from './registry/record-diff.ts';
export * from './registry/rule-issue.ts';
