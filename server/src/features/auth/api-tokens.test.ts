import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { hashSecret } from './auth-tokens.ts';

interface TokenBody { id: string; token: string; userId: string; name: string; expiresAt: string | null; revokedAt: string | null }

describeEachEngine('API tokens', (t) => {
  it('lets a machine client call with a token, without CSRF, until it is revoked', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const officer = await createSignedInUser(t(), 'departmentOfficer', '150602', { department: 'civilAffairs' });
    const issued = await request<TokenBody>(t(), 'POST', `/api/v1/users/${officer.id}/tokens`, { user: admin, body: { name: '民政低保接口' } });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^fpn_/);
    const bearer = { authorization: `Bearer ${issued.body.token}` };

    const me = await request(t(), 'GET', '/api/v1/auth/me', { headers: bearer });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: officer.id, role: 'departmentOfficer', department: 'civilAffairs' });

    // Only the hash is stored, and listings never show the secret.
    const stored = await t().ctx.db.selectFrom('apiTokens').select('tokenHash').where('id', '=', issued.body.id).executeTakeFirstOrThrow();
    expect(stored.tokenHash).toBe(hashSecret(issued.body.token));
    const listed = await request<TokenBody[]>(t(), 'GET', `/api/v1/users/${officer.id}/tokens`, { user: admin });
    expect(listed.body).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);
    expect(JSON.stringify(listed.body)).not.toContain(stored.tokenHash);

    const revoked = await request<TokenBody>(t(), 'DELETE', `/api/v1/tokens/${issued.body.id}`, { user: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const after = await request(t(), 'GET', '/api/v1/auth/me', { headers: bearer });
    expect(after.status).toBe(401);
    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'details']).where('entityId', '=', issued.body.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['apiToken.create', 'apiToken.revoke']);
    expect(audit.map((a) => a.details).join()).not.toContain(issued.body.token);
  });

  it('accepts state changes with a token and no CSRF header', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const issued = await request<TokenBody>(t(), 'POST', `/api/v1/users/${admin.id}/tokens`, { user: admin, body: { name: 'provisioning', expiresInDays: 30 } });
    const created = await request(t(), 'POST', '/api/v1/users', {
      headers: { authorization: `Bearer ${issued.body.token}` },
      body: { username: 'made-by-token', role: 'villageCadre', regionCode: '150602101' },
    });
    expect(created.status).toBe(201);
    // A token cannot mint further tokens.
    const minted = await request(t(), 'POST', `/api/v1/users/${admin.id}/tokens`, { headers: { authorization: `Bearer ${issued.body.token}` }, body: { name: 'child' } });
    expect(minted.status).toBe(403);
  });

  it('lets users manage their own tokens but not other people\'s', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101');
    const neighbour = await createSignedInUser(t(), 'villageCadre', '150602101');
    const own = await request<TokenBody>(t(), 'POST', `/api/v1/users/${cadre.id}/tokens`, { user: cadre, body: { name: 'my phone app' } });
    expect(own.status).toBe(201);
    expect((await request(t(), 'POST', `/api/v1/users/${neighbour.id}/tokens`, { user: cadre, body: { name: 'theirs' } })).status).toBe(403);
    expect((await request(t(), 'GET', `/api/v1/users/${neighbour.id}/tokens`, { user: cadre })).status).toBe(403);
    const beijingAdmin = await createSignedInUser(t(), 'admin', '110101');
    expect((await request(t(), 'DELETE', `/api/v1/tokens/${own.body.id}`, { user: beijingAdmin })).status).toBe(404);
    expect((await request(t(), 'DELETE', `/api/v1/tokens/${own.body.id}`, { user: cadre })).status).toBe(200);
  });

  it('stops accepting a token after it expires', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const issued = await request<TokenBody>(t(), 'POST', `/api/v1/users/${admin.id}/tokens`, { user: admin, body: { name: 'short-lived', expiresInDays: 1 } });
    const bearer = { authorization: `Bearer ${issued.body.token}` };
    expect((await request(t(), 'GET', '/api/v1/auth/me', { headers: bearer })).status).toBe(200);
    t().clock.now = new Date(t().clock.now.getTime() + 86_400_000 + 1000);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { headers: bearer })).status).toBe(401);
  });
});
