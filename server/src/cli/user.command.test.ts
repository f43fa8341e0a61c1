import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/test-context.ts';
import { signIn } from '../features/auth/login.service.ts';
import { runUserAdd, runUserDisable, runUserResetPassword } from './user.command.ts';

function printedPassword(output: string): string {
  return output.trim().split('\n').at(-1)?.trim() ?? '';
}

describeEachEngine('fupin user', (t) => {
  it('adds a user with a generated password that works for signing in', async () => {
    const output = await runUserAdd(t().ctx, { username: 'wang-village', role: 'villageCadre', region: '150602101', name: '王村长' });
    expect(output).toContain('created villageCadre wang-village in 150602101 罕台镇');
    const password = printedPassword(output);
    const signed = await signIn(t().ctx, { username: 'wang-village', password, ip: null });
    expect(signed.user).toMatchObject({ displayName: '王村长', mustChangePassword: true });
    const audit = await t().ctx.db.selectFrom('auditLog').select(['actorId', 'actorName']).where('entityId', '=', signed.user.id).where('action', '=', 'user.create').executeTakeFirstOrThrow();
    expect(audit).toEqual({ actorId: 'system', actorName: 'cli' });
  });

  it('applies the same rules as the API', async () => {
    await expect(runUserAdd(t().ctx, { username: 'dept-no-dept', role: 'departmentOfficer', region: '150602' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'department' });
    await expect(runUserAdd(t().ctx, { username: 'nowhere', role: 'villageCadre', region: '999999' })).rejects.toMatchObject({ code: 'REGION_UNKNOWN' });
    const given = await runUserAdd(t().ctx, { username: 'edu-officer', role: 'departmentOfficer', region: '150602', department: 'education', password: 'Jiaoyu 2026 ok' });
    expect(given).not.toContain('temporary password');
    expect((await signIn(t().ctx, { username: 'edu-officer', password: 'Jiaoyu 2026 ok', ip: null })).user.mustChangePassword).toBe(false);
  });

  it('disables a user and resets a password', async () => {
    await runUserAdd(t().ctx, { username: 'li-township', role: 'townshipOfficer', region: '150602101', password: 'Township pass 1' });
    const reset = await runUserResetPassword(t().ctx, 'li-township');
    const temporary = printedPassword(reset);
    expect((await signIn(t().ctx, { username: 'li-township', password: temporary, ip: null })).user.mustChangePassword).toBe(true);
    await runUserDisable(t().ctx, 'li-township');
    await expect(signIn(t().ctx, { username: 'li-township', password: temporary, ip: null })).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
    await expect(runUserDisable(t().ctx, 'no-such-user')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
