import { defineCodeList } from '../codes/code-list.ts';

export const roles = defineCodeList('role', [
  { code: 'admin', zh: '系统管理员', en: 'Administrator' },
  { code: 'countyOfficer', zh: '县级干部', en: 'County officer' },
  { code: 'departmentOfficer', zh: '行业部门干部', en: 'Department officer' },
  { code: 'townshipOfficer', zh: '乡镇干部', en: 'Township officer' },
  { code: 'villageCadre', zh: '村干部', en: 'Village cadre' },
  { code: 'pairedCadre', zh: '帮扶责任人', en: 'Paired cadre' },
  { code: 'inspector', zh: '督查人员', en: 'Inspector' },
]);

export type Role = (typeof roles.codes)[number];

export type Permission =
  | 'registry:read'
  | 'registry:write'
  | 'personalData:reveal'
  | 'personalData:exportUnmasked'
  | 'users:manage'
  | 'audit:read'
  | 'tokens:manage'
  | 'registry:import'
  | 'policy:manage'
  | 'assistance:write'
  | 'cadres:manage'
  | 'inspection:write'
  | 'microloans:approve'
  | 'feeds:submit'
  | 'monitoring:scan'
  | 'cases:write'
  | 'cases:approve';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'registry:read', 'registry:write', 'personalData:reveal', 'personalData:exportUnmasked', 'users:manage', 'audit:read', 'tokens:manage',
    'registry:import', 'policy:manage', 'assistance:write', 'cadres:manage', 'inspection:write', 'microloans:approve',
    'feeds:submit', 'monitoring:scan', 'cases:write', 'cases:approve',
  ],
  countyOfficer: [
    'registry:read', 'registry:write', 'personalData:reveal', 'personalData:exportUnmasked', 'audit:read',
    'registry:import', 'policy:manage', 'assistance:write', 'cadres:manage', 'inspection:write', 'microloans:approve',
    'feeds:submit', 'monitoring:scan', 'cases:write', 'cases:approve',
  ],
  // Department officers send their department's feeds (the feed says which departments).
  departmentOfficer: ['registry:read', 'assistance:write', 'feeds:submit'],
  // Microloans are approved at township or county level, never by the village that applies.
  townshipOfficer: ['registry:read', 'registry:write', 'personalData:reveal', 'registry:import', 'assistance:write', 'cadres:manage', 'microloans:approve', 'monitoring:scan', 'cases:write', 'cases:approve'],
  // Monitoring cases: the village opens, verifies and appraises; township and county review and approve.
  villageCadre: ['registry:read', 'registry:write', 'personalData:reveal', 'registry:import', 'assistance:write', 'cases:write'],
  // A paired cadre records visits and measures for the households they are paired with.
  pairedCadre: ['registry:read', 'assistance:write', 'cases:write'],
  inspector: ['registry:read', 'audit:read', 'inspection:write'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** Everything a role may do, for the client to show or hide actions (the server still checks). */
export function permissionsOf(role: Role): readonly Permission[] {
  return PERMISSIONS[role];
}
