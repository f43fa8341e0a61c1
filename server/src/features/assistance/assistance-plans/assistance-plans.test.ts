import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { createOfficials, openScreeningCase } from '../../monitoring-cases/cases-test-support.ts';

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

  it('adds the risks of the household\'s open monitoring case and answers them with measures', async () => {
    const officials = await createOfficials(t());
    const { household } = await openScreeningCase(t(), officials, { risks: ['schooling', 'unstableEmployment'], household: { mainCause: 'illness', otherCauses: [] } });
    const url = `/api/v1/households/${household.id}/assistance-plan`;
    const before = await request<PlanBody & { unansweredRisks: string[] }>(t(), 'GET', url, { user: officials.county });
    expect(before.body.unansweredRisks).toEqual(['schooling', 'unstableEmployment']);
    expect(before.body.items.filter((i) => i.kind === 'risk').map((i) => i.code)).toEqual(['schooling', 'unstableEmployment']);

    const member = household.members[0];
    const job = await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officials.county, body: { measureType: 'employment', memberId: member?.id, startDate: '2024-03-01', amount: 0 } });
    expect(job.status, JSON.stringify(job.body)).toBe(201);
    const after = await request<PlanBody & { unansweredRisks: string[] }>(t(), 'GET', url, { user: officials.county });
    expect(after.body.unansweredRisks).toEqual(['schooling']);
  });

  it('is not shown outside the region', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    const outsider = await createSignedInUser(t(), 'townshipOfficer', '110101001');
    expect((await request(t(), 'GET', `/api/v1/households/${household.id}/assistance-plan`, { user: outsider })).status).toBe(404);
  });
});
