import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { createTestCadre } from '../assistance-test-support.ts';

interface Problem { code: string; field?: string }
interface TeamBody { id: string; villageName: string | null; members: { id: string; teamRole: string; daysInVillage: number; days: { month: string; days: number }[] }[] }

describeEachEngine('work teams API', (t) => {
  it('stations a team with one first secretary and records days in the village', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { cadre: secretary } = await createTestCadre(t(), officer, { name: '张书记' });
    const { cadre: other } = await createTestCadre(t(), officer, { name: '赵队员' });
    const team = await request<TeamBody>(t(), 'POST', '/api/v1/work-teams', { user: officer, body: { villageCode: DEFAULT_TEST_VILLAGE, dispatchingUnit: '鄂尔多斯市财政局', startDate: '2024-01-01' } });
    expect(team.status).toBe(201);
    expect(team.body.villageName).toBe('九成功村委会');
    const withSecretary = await request<TeamBody>(t(), 'POST', `/api/v1/work-teams/${team.body.id}/members`, { user: officer, body: { cadreId: secretary.id, teamRole: 'firstSecretary', startDate: '2024-01-01' } });
    expect(withSecretary.status).toBe(201);
    const second = await request<Problem>(t(), 'POST', `/api/v1/work-teams/${team.body.id}/members`, { user: officer, body: { cadreId: other.id, teamRole: 'firstSecretary', startDate: '2024-03-01' } });
    expect([second.status, second.body.field]).toEqual([400, 'teamRole']);
    const memberId = withSecretary.body.members[0]?.id ?? '';
    await request(t(), 'PUT', `/api/v1/work-team-members/${memberId}/days/2024-01`, { user: officer, body: { days: 22 } });
    const feb = await request<TeamBody>(t(), 'PUT', `/api/v1/work-team-members/${memberId}/days/2024-02`, { user: officer, body: { days: 20 } });
    expect(feb.body.members[0]).toMatchObject({ daysInVillage: 42, days: [{ month: '2024-01', days: 22 }, { month: '2024-02', days: 20 }] });
    const tooMany = await request<Problem>(t(), 'PUT', `/api/v1/work-team-members/${memberId}/days/2023-02`, { user: officer, body: { days: 29 } });
    expect([tooMany.status, tooMany.body.field]).toEqual([400, 'days']);
    const notVillage = await request<Problem>(t(), 'POST', '/api/v1/work-teams', { user: officer, body: { villageCode: '150602101000', dispatchingUnit: '某局', startDate: '2024-01-01' } });
    expect(notVillage.status).toBe(422);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'PUT', `/api/v1/work-team-members/${memberId}/days/2024-03`, { user: outsider, body: { days: 1 } })).status).toBe(404);
    expect((await request<TeamBody[]>(t(), 'GET', '/api/v1/work-teams', { user: outsider })).body).toEqual([]);
  });
});
