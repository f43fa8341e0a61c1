import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { signInOverHttp } from './auth-test-support.ts';

interface Created { user: { id: string; mustChangePassword: boolean }; generatedPassword?: string }

describeEachEngine('password change', (t) => {
  it('makes a user with a generated password change it before anything else', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const created = await request<Created>(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'liming', role: 'townshipOfficer', regionCode: '150602101' } });
    expect(created.status).toBe(201);
    const temporary = created.body.generatedPassword ?? '';
    expect(temporary).toMatch(/^(?=.*\d)(?=.*[A-Za-z]).{14}$/);

    const first = await signInOverHttp(t(), 'liming', temporary);
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ mustChangePassword: true, regionName: '罕台镇' });
    const other = await signInOverHttp(t(), 'liming', temporary);
    const blocked = await request(t(), 'GET', '/api/v1/regions/150602101/children', { user: first.session });
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: first.session })).status).toBe(200);

    const weak = await request(t(), 'POST', '/api/v1/auth/password', { user: first.session, body: { currentPassword: temporary, newPassword: 'short1' } });
    expect(weak.status).toBe(422);
    expect(weak.body).toMatchObject({ code: 'PASSWORD_WEAK', field: 'newPassword' });
    const wrongCurrent = await request(t(), 'POST', '/api/v1/auth/password', { user: first.session, body: { currentPassword: 'guessed wrong 1', newPassword: 'new secret 2026' } });
    expect(wrongCurrent.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'currentPassword' });

    const changed = await request(t(), 'POST', '/api/v1/auth/password', { user: first.session, body: { currentPassword: temporary, newPassword: 'new secret 2026' } });
    expect(changed.status).toBe(200);
    expect((await request(t(), 'GET', '/api/v1/regions/150602101/children', { user: first.session })).status).toBe(200);
    const me = await request(t(), 'GET', '/api/v1/auth/me', { user: first.session });
    expect(me.body).toMatchObject({ mustChangePassword: false });
    // The other session ended with the old password.
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: other.session })).status).toBe(401);
    expect((await signInOverHttp(t(), 'liming', temporary)).body).toMatchObject({ code: 'LOGIN_FAILED' });
    expect((await signInOverHttp(t(), 'liming', 'new secret 2026')).status).toBe(200);

    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'details']).where('entityId', '=', created.body.user.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.login', 'user.login', 'user.passwordChange', 'user.loginFailed', 'user.login']);
    for (const entry of audit) {
      expect(entry.details).not.toContain(temporary);
      expect(entry.details).not.toContain('new secret 2026');
    }
  });

  it('lets an administrator reset a password to a temporary one', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const reset = await request<Created>(t(), 'POST', `/api/v1/users/${cadre.id}/reset-password`, { user: admin });
    expect(reset.status).toBe(200);
    expect(reset.body.user.mustChangePassword).toBe(true);
    // The cadre's existing session ended, the old password is gone, the temporary one works.
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: cadre })).status).toBe(401);
    expect((await signInOverHttp(t(), cadre.username, cadre.password)).status).toBe(401);
    const signed = await signInOverHttp(t(), cadre.username, reset.body.generatedPassword ?? '');
    expect(signed.status).toBe(200);
    expect(signed.body.user).toMatchObject({ mustChangePassword: true });
  });
});
