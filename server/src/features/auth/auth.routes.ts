import { createRoute } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { AppError } from '../../errors/app-error.ts';
import { clientIp } from '../../http/authenticate.middleware.ts';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { apiTokensApp } from './api-tokens.routes.ts';
import { clearSessionCookies, setSessionCookies } from './auth-cookies.ts';
import { currentUserSchema, loginBody, loginResponseSchema, okSchema, passwordChangeBody, signInProblems } from './auth.schemas.ts';
import { SESSION_COOKIE } from './auth-tokens.ts';
import { signIn } from './login.service.ts';
import { changeOwnPassword, getCurrentUser, signOut } from './session.service.ts';

const tags = ['auth'];

export const authApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/auth/login', tags, summary: 'Sign in with username and password',
    description: 'Sets the HttpOnly session cookie fupin_session and the readable cookie fupin_csrf.',
    request: jsonBody(loginBody),
    responses: { 200: jsonContent(loginResponseSchema, 'Signed in'), ...problemResponses, ...signInProblems },
  }), async (c) => {
    const { username, password } = c.req.valid('json');
    try {
      const signed = await signIn(c.get('ctx'), { username, password, ip: clientIp(c), previousSessionToken: getCookie(c, SESSION_COOKIE) });
      setSessionCookies(c, signed.sessionToken, signed.csrfToken);
      return c.json({ user: signed.user, csrfToken: signed.csrfToken }, 200);
    } catch (error) {
      const retryAfter = error instanceof AppError ? error.details.retryAfterSeconds : undefined;
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
      throw error;
    }
  })
  .openapi(createRoute({
    method: 'post', path: '/auth/logout', tags, summary: 'Sign out (ends this session)',
    responses: { 200: jsonContent(okSchema, 'Signed out'), ...problemResponses },
  }), async (c) => {
    const actor = c.get('actor');
    await signOut(c.get('ctx'), actor, actor.via === 'session' ? getCookie(c, SESSION_COOKIE) : undefined);
    clearSessionCookies(c);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/auth/me', tags, summary: 'The signed-in user and what they may do',
    responses: { 200: jsonContent(currentUserSchema, 'The current user'), ...problemResponses },
  }), async (c) => c.json(await getCurrentUser(c.get('ctx'), c.get('actor')), 200))
  .openapi(createRoute({
    method: 'post', path: '/auth/password', tags, summary: 'Change your own password (ends your other sessions)',
    request: jsonBody(passwordChangeBody),
    responses: { 200: jsonContent(okSchema, 'Password changed'), ...problemResponses },
  }), async (c) => {
    const actor = c.get('actor');
    await changeOwnPassword(c.get('ctx'), actor, c.req.valid('json'), actor.via === 'session' ? getCookie(c, SESSION_COOKIE) : undefined);
    return c.json({ ok: true as const }, 200);
  })
  .route('/', apiTokensApp);
