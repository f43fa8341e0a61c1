export * from './import-cells.ts';
export * from './import-columns.ts';
export * from './import-headers.ts';
export * from './import-row.ts';
export * from './household-draft.ts';
export * from './registry-import-columns.ts';
export * from './record-import-columns.ts';
export * from './record-import-kinds.ts';
