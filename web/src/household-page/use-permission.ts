import { useCurrentUser } from '../auth/session.ts';

/** What the signed-in user may do, as the server told it (it checks again on every request). */
export type Permission = 'registry:write' | 'personalData:reveal';

export function usePermission(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
