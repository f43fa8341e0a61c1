import { type QueryClient, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, unwrap } from '../api/api-client.ts';
import { ApiProblem } from '../api/problem.ts';
import type { components } from '../api/schema.gen.ts';
import type { SignInReason } from './redirect.ts';

export type CurrentUser = components['schemas']['CurrentUser'];

/** Signed in, or not (and why, when the app knows). */
export type SessionState = { user: CurrentUser; reason?: undefined } | { user: null; reason?: SignInReason };

export const SESSION_KEY = ['session'] as const;

/** Queries that outlive a session: the same for every user. */
const SHARED_KEYS = new Set(['session', 'codes']);

async function fetchSession(): Promise<SessionState> {
  try {
    return { user: await unwrap(api.GET('/api/v1/auth/me')) };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return { user: null };
    throw error;
  }
}

export const sessionQuery = { queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false } as const;

export function useSession() {
  return useQuery(sessionQuery);
}

/** Forgets everything read under a session, so the next user never sees it. */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => !SHARED_KEYS.has(String(q.queryKey[0])) });
}

/** The session ended (signed out, or the server said 401): the app shows the sign-in page. */
export function endSession(queryClient: QueryClient, reason: SignInReason): void {
  const previous = queryClient.getQueryData<SessionState>(SESSION_KEY);
  // A 401 while nobody is signed in (the first look at /auth/me) is no expiry.
  if (reason === 'expired' && !previous?.user) return;
  void queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== 'codes' });
  forgetSessionData(queryClient);
  queryClient.setQueryData<SessionState>(SESSION_KEY, { user: null, reason });
}

/** Starts a session: reads who signed in (with permissions) before any page asks. */
export async function startSession(queryClient: QueryClient): Promise<SessionState> {
  forgetSessionData(queryClient);
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
}

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside pages behind RequireSession. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside a signed-in page');
  return user;
}
