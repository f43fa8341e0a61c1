import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';

interface PlanBody {
  items: { kind: string; code: string; isMain: boolean; isAnswered: boolean; answeredBy: string[]; suggestedTypes: string[] }[];
  unansweredCauses: string[];
  hasLaborCapacity: boolean;
  lacksDevelopmentalMeasure: boolean;
  measures: { id: string }[];
}

describeEachEngine('assistance plan API', (t) => {
  it('maps each cause to the measures answering it and flags what is unanswered', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { mainCause: 'illness', otherCauses: ['water'] });
    const url = `/api/v1/households/${household.id}/assistance-plan`;
    const before = await request<PlanBody>(t(), 'GET', url, { user: officer });
    expect(before.status).toBe(200);
    expect(before.body.unansweredCauses).toEqual(['illness', 'water']);
    expect(before.body.hasLaborCapacity).toBe(true);
    expect(before.body.lacksDevelopmentalMeasure).toBe(true);
    expect(before.body.items[0]).toMatchObject({ kind: 'cause', code: 'illness', isMain: true, isAnswered: false });
    expect(before.body.items[0]?.suggestedTypes).toContain('medicalAid');

    const member = household.members[0];
    const aid = await request<{ id: string }>(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: { measureType: 'medicalAid', memberId: member?.id, startDate: '2024-04-02', amount: 350_000 } });
    const post = await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: { measureType: 'publicWelfarePost', memberId: member?.id, startDate: '2024-01-01', endDate: '2024-12-31', amount: 600_000 } });
    expect(post.status).toBe(201);
    const after = await request<PlanBody>(t(), 'GET', url, { user: officer });
    expect(after.body.unansweredCauses).toEqual(['water']);
    expect(after.body.items[0]).toMatchObject({ code: 'illness', isAnswered: true, answeredBy: [aid.body.id] });
    expect(after.body.lacksDevelopmentalMeasure).toBe(false);
    expect(after.body.measures).toHaveLength(2);
  });

  it('does not ask a developmental measure of a household where no one can work', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { members: [buildMemberInput({ laborCapacity: 'lost' })] });
    const plan = await request<PlanBody>(t(), 'GET', `/api/v1/households/${household.id}/assistance-plan`, { user: officer });
    expect(plan.body).toMatchObject({ hasLaborCapacity: false, lacksDevelopmentalMeasure: false });
  });

  it('is not shown outside the region', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    const outsider = await createSignedInUser(t(), 'townshipOfficer', '110101001');
    expect((await request(t(), 'GET', `/api/v1/households/${household.id}/assistance-plan`, { user: outsider })).status).toBe(404);
  });
});
