import type { CodeList } from '../codes/code-list.ts';
import { cadreLevels, measureFundingSources, measureProviderKinds, measureStatuses, measureTypes, visitPurposes, workTeamRoles } from './measure-types.ts';

/** The assistance code lists served with the others at /api/v1/codes. */
export const assistanceCodeLists: readonly CodeList[] = [measureTypes, measureStatuses, measureFundingSources, measureProviderKinds, cadreLevels, visitPurposes, workTeamRoles];
