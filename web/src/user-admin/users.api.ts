import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components, paths } from '../api/schema.gen.ts';

export type User = components['schemas']['User'];
export type NewUser = components['schemas']['NewUser'];
export type UserUpdate = components['schemas']['UserUpdate'];
export type ApiToken = components['schemas']['ApiToken'];
export type NewApiToken = components['schemas']['NewApiToken'];
export type ApiTokenRequest = components['schemas']['ApiTokenRequest'];
export type Role = User['role'];
export type Department = NonNullable<User['department']>;
export type UserApiQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;

export const USERS_KEY = ['users'] as const;

/** A page of users; the previous page stays while the next loads. */
export const usersQuery = (query: UserApiQuery) => queryOptions({
  queryKey: [...USERS_KEY, 'list', query],
  queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query } })),
  placeholderData: keepPreviousData,
});

export const userTokensQuery = (userId: string) => queryOptions({
  queryKey: [...USERS_KEY, 'tokens', userId],
  queryFn: () => unwrap(api.GET('/api/v1/users/{id}/tokens', { params: { path: { id: userId } } })),
});

export function createUser(body: NewUser) {
  return unwrap(api.POST('/api/v1/users', { body }));
}

export function updateUser(id: string, body: UserUpdate) {
  return unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body }));
}

export type StatusAction = 'disable' | 'enable' | 'unlock';

export function changeUserStatus(id: string, action: StatusAction) {
  const params = { path: { id } };
  if (action === 'disable') return unwrap(api.POST('/api/v1/users/{id}/disable', { params }));
  if (action === 'enable') return unwrap(api.POST('/api/v1/users/{id}/enable', { params }));
  return unwrap(api.POST('/api/v1/users/{id}/unlock', { params }));
}

export function resetUserPassword(id: string) {
  return unwrap(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } } }));
}

export function createApiToken(userId: string, body: ApiTokenRequest) {
  return unwrap(api.POST('/api/v1/users/{id}/tokens', { params: { path: { id: userId } }, body }));
}

export function revokeApiToken(tokenId: string) {
  return unwrap(api.DELETE('/api/v1/tokens/{tokenId}', { params: { path: { tokenId } } }));
}
