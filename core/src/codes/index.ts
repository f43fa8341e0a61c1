import type { CodeList } from './code-list.ts';
import * as member from './member-codes.ts';
import * as registry from './registry-codes.ts';
import * as programme from './programme-codes.ts';
import { roles } from '../access/roles.ts';
import { departments } from './department-codes.ts';
import { assistanceCodeLists } from '../assistance/assistance-codes.ts';
import { monitoringCaseCodeLists } from '../monitoring-cases/case-codes.ts';

export * from './code-list.ts';
export * from './department-codes.ts';
export * from './member-codes.ts';
export * from './registry-codes.ts';
export * from './programme-codes.ts';

/** Every code list the system ships, by name (served at /api/v1/codes). */
export const codeLists: readonly CodeList[] = [...Object.values(registry), ...Object.values(member), ...Object.values(programme), roles, departments, ...assistanceCodeLists, ...monitoringCaseCodeLists];
