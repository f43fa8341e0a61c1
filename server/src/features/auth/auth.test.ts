import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request, type TestApp } from '../../../test/test-context.ts';
import { signInOverHttp } from './auth-test-support.ts';

const MINUTE = 60_000;
function advance(t: TestApp, ms: number) {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
}

describeEachEngine('sign-in and sessions', (t) => {
  it('signs in with secure cookies and the session then works', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const res = await signInOverHttp(t(), officer.username, officer.password);
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      id: officer.id, username: officer.username, displayName: officer.username, role: 'countyOfficer',
      regionCode: '150602', regionName: '东胜区', department: null, mustChangePassword: false,
    });
    const session = res.cookies.find((c) => c.startsWith('fupin_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).toMatch(/Secure/);
    const csrf = res.cookies.find((c) => c.startsWith('fupin_csrf='));
    expect(csrf).toBe(`fupin_csrf=${String(res.body.csrfToken)}; Path=/; Secure; SameSite=Lax`);

    const me = await request<{ username: string; permissions: string[] }>(t(), 'GET', '/api/v1/auth/me', { user: res.session });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(officer.username);
    expect(me.body.permissions).toContain('registry:write');
    expect(me.body.permissions).not.toContain('users:manage');
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('entityId', '=', officer.id).where('action', '=', 'user.login').execute();
    expect(audit).toHaveLength(1);
  });

  it('answers a wrong password and an unknown username alike', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const wrong = await signInOverHttp(t(), cadre.username, 'not the password 1', '198.51.100.20');
    const unknown = await signInOverHttp(t(), 'nobody-at-all', 'not the password 1', '198.51.100.20');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'LOGIN_FAILED' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(wrong.cookies).toEqual([]);
  });

  it('locks an account after 5 failures until an administrator unlocks it', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const ip = '198.51.100.30';
    for (let i = 0; i < 4; i++) expect((await signInOverHttp(t(), cadre.username, `wrong password ${i}`, ip)).status).toBe(401);
    const fifth = await signInOverHttp(t(), cadre.username, 'wrong password 5', ip);
    expect(fifth.status).toBe(423);
    expect(fifth.body).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const lockedUntil = (fifth.body.details as { lockedUntil: string }).lockedUntil;
    expect(Date.parse(lockedUntil) - t().clock.now.getTime()).toBe(15 * MINUTE);
    expect(String(fifth.body.detail)).toContain(lockedUntil);
    // Even the right password is refused while locked.
    expect((await signInOverHttp(t(), cadre.username, cadre.password, ip)).status).toBe(423);

    const admin = await createSignedInUser(t(), 'admin', '150602');
    const unlocked = await request(t(), 'POST', `/api/v1/users/${cadre.id}/unlock`, { user: admin });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ isLocked: false, lockedUntil: null });
    expect((await signInOverHttp(t(), cadre.username, cadre.password, ip)).status).toBe(200);
  });

  it('lets a lock run out and resets the count on success', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const ip = '198.51.100.31';
    for (let i = 0; i < 4; i++) await signInOverHttp(t(), cadre.username, `wrong password ${i}`, ip);
    expect((await signInOverHttp(t(), cadre.username, cadre.password, ip)).status).toBe(200);
    // The success reset the counter: four more failures do not lock.
    for (let i = 0; i < 4; i++) expect((await signInOverHttp(t(), cadre.username, `wrong again ${i}`, ip)).status).toBe(401);
    expect((await signInOverHttp(t(), cadre.username, 'wrong again 5', ip)).status).toBe(423);
    advance(t(), 15 * MINUTE + 1000);
    expect((await signInOverHttp(t(), cadre.username, cadre.password, '198.51.100.32')).status).toBe(200);
  });

  it('throttles an address after 10 failed sign-ins within 15 minutes', async () => {
    const officer = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    const ip = '203.0.113.9';
    for (let i = 0; i < 10; i++) {
      expect((await signInOverHttp(t(), `guess-${i}`, 'password guess 1', ip)).status).toBe(401);
      advance(t(), 30_000);
    }
    const throttled = await signInOverHttp(t(), officer.username, officer.password, ip);
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ code: 'LOGIN_THROTTLED' });
    const retryAfter = Number(throttled.headers.get('retry-after'));
    // The earliest failure was 5 minutes ago, so the window frees up in 10 minutes.
    expect(retryAfter).toBe(10 * 60);
    expect((await signInOverHttp(t(), officer.username, officer.password, '203.0.113.10')).status).toBe(200);
    advance(t(), retryAfter * 1000);
    expect((await signInOverHttp(t(), officer.username, officer.password, ip)).status).toBe(200);
  });

  it('refuses a state change without the right CSRF token while reads work', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { session } = await signInOverHttp(t(), officer.username, officer.password);
    if (!session) throw new Error('sign-in failed');
    const cookieOnly = { cookie: session.headers.cookie ?? '' };
    const missing = await request(t(), 'POST', '/api/v1/auth/logout', { headers: cookieOnly });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ code: 'CSRF_FAILED' });
    const wrong = await request(t(), 'POST', '/api/v1/auth/logout', { headers: { ...cookieOnly, 'x-csrf-token': 'forged' } });
    expect(wrong.body).toMatchObject({ code: 'CSRF_FAILED' });
    expect((await request(t(), 'GET', '/api/v1/auth/me', { headers: cookieOnly })).status).toBe(200);
    expect((await request(t(), 'POST', '/api/v1/auth/logout', { user: session })).status).toBe(200);
  });

  it('ends a session after the idle timeout, not while it is used', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { session } = await signInOverHttp(t(), officer.username, officer.password);
    advance(t(), 20 * MINUTE);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: session })).status).toBe(200);
    advance(t(), 20 * MINUTE);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: session })).status).toBe(200);
    advance(t(), 31 * MINUTE);
    const expired = await request(t(), 'GET', '/api/v1/auth/me', { user: session });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'expired' } });
  });

  it('signs out: the session ends and the cookies are cleared', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { session } = await signInOverHttp(t(), officer.username, officer.password);
    const res = await request(t(), 'POST', '/api/v1/auth/logout', { user: session });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('fupin_session=;') && c.includes('Max-Age=0'))).toBe(true);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: session })).status).toBe(401);
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', officer.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.login', 'user.logout']);
  });

  it('keeps a disabled account out, including its open sessions', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const { session } = await signInOverHttp(t(), cadre.username, cadre.password);
    const admin = await createSignedInUser(t(), 'admin', '150602');
    expect((await request(t(), 'POST', `/api/v1/users/${cadre.id}/disable`, { user: admin })).status).toBe(200);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: session })).status).toBe(401);
    const again = await signInOverHttp(t(), cadre.username, cadre.password);
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect((await request(t(), 'POST', `/api/v1/users/${cadre.id}/enable`, { user: admin })).status).toBe(200);
    expect((await signInOverHttp(t(), cadre.username, cadre.password)).status).toBe(200);
  });
});
