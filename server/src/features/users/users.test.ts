import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import { signInOverHttp } from '../auth/auth-test-support.ts';

interface UserBody { id: string; username: string; role: string; regionCode: string; department: string | null; isDisabled: boolean }
interface Page { items: UserBody[]; total: number; page: number; pageSize: number }
interface Created { user: UserBody; generatedPassword?: string }

describeEachEngine('users administration', (t) => {
  it('keeps an administrator inside their region subtree', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const beijing = await createSignedInUser(t(), 'villageCadre', '110101001001');
    const create = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'outsider', role: 'villageCadre', regionCode: '110101' } });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });

    const list = await request<Page>(t(), 'GET', '/api/v1/users?pageSize=200', { user: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.every((u) => u.regionCode.startsWith('150602'))).toBe(true);
    expect(list.body.items.some((u) => u.id === admin.id)).toBe(true);
    expect((await request<Page>(t(), 'GET', '/api/v1/users?regionCode=110101', { user: admin })).body.items).toEqual([]);
    expect((await request(t(), 'GET', `/api/v1/users/${beijing.id}`, { user: admin })).status).toBe(404);
    expect((await request(t(), 'PATCH', `/api/v1/users/${beijing.id}`, { user: admin, body: { displayName: 'x' } })).status).toBe(404);
    expect((await request(t(), 'POST', `/api/v1/users/${beijing.id}/disable`, { user: admin })).status).toBe(404);
    expect((await request(t(), 'POST', `/api/v1/users/${beijing.id}/reset-password`, { user: admin })).status).toBe(404);
    // Moving a user of one's own region out of it is refused too.
    const local = await createSignedInUser(t(), 'villageCadre', '150602101');
    const move = await request(t(), 'PATCH', `/api/v1/users/${local.id}`, { user: admin, body: { regionCode: '110101' } });
    expect(move.body).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
  });

  it('lets only administrators manage users', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const res = await request(t(), 'GET', '/api/v1/users', { user: officer });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
    const post = await request(t(), 'POST', '/api/v1/users', { user: officer, body: { username: 'sneaky', role: 'admin', regionCode: '150602' } });
    expect(post.status).toBe(403);
  });

  it('requires a department for a department officer, and only for one', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const missing = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'mz-officer', role: 'departmentOfficer', regionCode: '150602' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'department' });
    const unknown = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'mz-officer', role: 'departmentOfficer', regionCode: '150602', department: 'tax' } });
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'department' });
    const cadre = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'cadre-with-dept', role: 'villageCadre', regionCode: '150602101', department: 'education' } });
    expect(cadre.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'department' });

    const ok = await request<Created>(t(), 'POST', '/api/v1/users', {
      user: admin, body: { username: 'mz-officer', displayName: '民政局张科长', role: 'departmentOfficer', regionCode: '150602', department: 'civilAffairs', password: 'Minzheng 2026' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({ role: 'departmentOfficer', department: 'civilAffairs', mustChangePassword: false });
    expect(ok.body.generatedPassword).toBeUndefined();
    expect((await signInOverHttp(t(), 'mz-officer', 'Minzheng 2026')).body.user).toMatchObject({ department: 'civilAffairs' });

    // Changing the role away drops the department.
    const patched = await request<UserBody>(t(), 'PATCH', `/api/v1/users/${ok.body.user.id}`, { user: admin, body: { role: 'inspector' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ role: 'inspector', department: null });
  });

  it('refuses bad new users with the field that is wrong', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const body = { username: 'dup-user', role: 'villageCadre', regionCode: '150602101' };
    expect((await request(t(), 'POST', '/api/v1/users', { user: admin, body })).status).toBe(201);
    expect((await request(t(), 'POST', '/api/v1/users', { user: admin, body })).body).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
    const noRegion = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { ...body, username: 'nowhere', regionCode: '150602999' } });
    expect(noRegion.status).toBe(422);
    expect(noRegion.body).toMatchObject({ code: 'REGION_UNKNOWN', field: 'regionCode' });
    const weak = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { ...body, username: 'weakling', password: 'password' } });
    expect(weak.body).toMatchObject({ code: 'PASSWORD_WEAK', field: 'password' });
    const badName = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { ...body, username: 'has space' } });
    expect(badName.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'username' });
    const badRole = await request(t(), 'POST', '/api/v1/users', { user: admin, body: { ...body, username: 'boss', role: 'emperor' } });
    expect(badRole.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'role' });
  });

  it('does not let an administrator disable or demote themself', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const disable = await request(t(), 'POST', `/api/v1/users/${admin.id}/disable`, { user: admin });
    expect(disable.status).toBe(403);
    const demote = await request(t(), 'PATCH', `/api/v1/users/${admin.id}`, { user: admin, body: { role: 'countyOfficer' } });
    expect(demote.body).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    const rename = await request<UserBody>(t(), 'PATCH', `/api/v1/users/${admin.id}`, { user: admin, body: { displayName: '区管理员' } });
    expect(rename.status).toBe(200);
    expect((await request(t(), 'GET', '/api/v1/auth/me', { user: admin })).body).toMatchObject({ displayName: '区管理员', role: 'admin' });
  });

  it('finds users by role, region and text, a page at a time', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    for (const [username, region] of [['zhao-search', '150602101'], ['qian-search', '150602101'], ['sun-search', '150602100']] as const) {
      await request(t(), 'POST', '/api/v1/users', { user: admin, body: { username, displayName: `${username} 搜索`, role: 'pairedCadre', regionCode: region } });
    }
    const byText = await request<Page>(t(), 'GET', '/api/v1/users?q=SEARCH&role=pairedCadre', { user: admin });
    expect(byText.body.items.map((u) => u.username)).toEqual(['qian-search', 'sun-search', 'zhao-search']);
    const byRegion = await request<Page>(t(), 'GET', '/api/v1/users?q=search&regionCode=150602101&pageSize=1&page=2', { user: admin });
    expect(byRegion.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(byRegion.body.items.map((u) => u.username)).toEqual(['zhao-search']);
    const byChinese = await request<Page>(t(), 'GET', `/api/v1/users?q=${encodeURIComponent('搜索')}`, { user: admin });
    expect(byChinese.body.total).toBe(3);
  });

  it('audits every change without password material', async () => {
    const admin = await createSignedInUser(t(), 'admin', '150602');
    const created = await request<Created>(t(), 'POST', '/api/v1/users', { user: admin, body: { username: 'audited', role: 'villageCadre', regionCode: '150602101' } });
    const id = created.body.user.id;
    await request(t(), 'PATCH', `/api/v1/users/${id}`, { user: admin, body: { regionCode: '150602100' } });
    await request(t(), 'POST', `/api/v1/users/${id}/disable`, { user: admin });
    await request(t(), 'POST', `/api/v1/users/${id}/enable`, { user: admin });
    const reset = await request<Created>(t(), 'POST', `/api/v1/users/${id}/reset-password`, { user: admin });
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('entityId', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.update', 'user.disable', 'user.enable', 'user.resetPassword']);
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);
    expect(JSON.parse(audit[1]?.details ?? '{}')).toEqual({ changes: { regionCode: { from: '150602101', to: '150602100' } } });
    const text = audit.map((a) => a.details).join('\n');
    expect(text).not.toContain(created.body.generatedPassword ?? '(none)');
    expect(text).not.toContain(reset.body.generatedPassword ?? '(none)');
    expect(text).not.toMatch(/argon2/);
  });
});
