import type { Role, UserApiQuery } from './users.api.ts';

export const USER_PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The user list's state, kept in the address beside the chosen region. */
export interface UserListState {
  q?: string | undefined;
  role?: Role | undefined;
  page: number;
  pageSize: number;
}

export function readUserQuery(params: URLSearchParams, roles: readonly string[]): UserListState {
  const q = params.get('q')?.trim().slice(0, 50);
  const role = roles.find((r) => r === params.get('role')) as Role | undefined;
  const page = Number(params.get('page'));
  const pageSize = USER_PAGE_SIZES.find((s) => String(s) === params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
  return { q: q || undefined, role, page: Number.isInteger(page) && page >= 1 ? page : 1, pageSize };
}

/** Writes the state into the address, leaving the region alone; defaults are left out. */
export function writeUserQuery(params: URLSearchParams, state: UserListState): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set('q', state.q);
  set('role', state.role);
  set('page', state.page === 1 ? undefined : String(state.page));
  set('pageSize', state.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(state.pageSize));
  return next;
}

/** The API query: users in the chosen region's subtree, narrowed by role and text. */
export function toUserApiQuery(state: UserListState, regionCode: string): UserApiQuery {
  return { regionCode, page: state.page, pageSize: state.pageSize, ...(state.q ? { q: state.q } : {}), ...(state.role ? { role: state.role } : {}) };
}
