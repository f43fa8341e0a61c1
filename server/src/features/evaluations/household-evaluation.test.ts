import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import { evaluateHouseholdForYear } from './household-evaluation.service.ts';

interface Reason { rule: string; outcome: string; text: { zh: string }; policy: { parameter: string; regionCode: string }[]; comparison?: { actual: number; threshold: number } }
interface Evaluation {
  exit: { outcome: string; reasons: Reason[] };
  income: { outcome: string; reasons: Reason[] };
  entitlements: { benefits: { benefit: string; amount: number; memberName: string | null; reason: Reason }[] };
}

const ALL_PASS = { food: 'pass', clothing: 'pass', compulsoryEducation: 'pass', medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass' };

describeEachEngine('household evaluation', (t) => {
  async function householdWith(user: TestUser, perCapita: number, items: Record<string, string> = ALL_PASS) {
    const household = await registerTestHousehold(t(), user, {
      members: [buildMemberInput(), buildMemberInput({ relationToHead: 'son', schoolStatus: 'juniorHigh', schoolGrade: 8, name: '李小军' })],
    });
    expect((await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user, body: { wageIncome: perCapita * 2, householdSize: 2 } })).status).toBe(200);
    expect((await request(t(), 'POST', `/api/v1/households/${household.id}/basic-needs-checks`, { user, body: { checkedOn: '2020-11-02', items } })).status).toBe(201);
    return household;
  }

  it('a household just above the 2020 line with every basic need secured may exit, and the reasons say why', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await householdWith(cadre, 400_001);
    const res = await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2020`, { user: cadre });
    expect(res.status).toBe(200);
    expect(res.body.exit.outcome).toBe('eligible');
    const income = res.body.exit.reasons.find((r) => r.rule === 'household.income.aboveLine');
    expect(income).toMatchObject({ outcome: 'pass', comparison: { actual: 400_001, threshold: 400_000 }, policy: [{ parameter: 'povertyLine', regionCode: '' }] });
    expect(income?.text.zh).toBe('2020年人均纯收入4000.01元，高于当年扶贫标准4000元');
    const aid = res.body.entitlements.benefits.find((b) => b.benefit === 'educationAid');
    expect(aid).toMatchObject({ amount: 62_500, memberName: '李小军', reason: { policy: [{ parameter: 'education.stageAid', regionCode: '150602' }] } });
    expect(aid?.reason.text.zh).toContain('按走读计');
  });

  it('just below the line, or with unsafe housing, it may not; and the failing rule is named', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const below = await householdWith(cadre, 399_999);
    const unsafe = await householdWith(cadre, 500_000, { ...ALL_PASS, housingSafety: 'fail' });
    const a = await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${below.id}?year=2020`, { user: cadre });
    expect(a.body.exit.outcome).toBe('notEligible');
    expect(a.body.exit.reasons.filter((r) => r.outcome === 'fail').map((r) => r.rule)).toEqual(['household.income.aboveLine']);
    const b = await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${unsafe.id}?year=2020`, { user: cadre });
    expect(b.body.exit.reasons.filter((r) => r.outcome === 'fail').map((r) => r.rule)).toEqual(['household.basicNeeds.housingSafety']);
  });

  it('uses the county\'s own value once set, and the service answers the same as the route', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await householdWith(officer, 450_000);
    const set = await request(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { regionCode: '150602', parameter: 'povertyLine', validFrom: 2020, validTo: 2020, value: 460_000, source: '县定标准' } });
    expect(set.status).toBe(201);
    const res = await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2020`, { user: officer });
    expect(res.body.income).toMatchObject({ outcome: 'notAbove', reasons: [{ comparison: { threshold: 460_000 }, policy: [{ regionCode: '150602' }] }] });
    const actor = { userId: 'u', username: 'officer', role: 'countyOfficer' as const, regionCode: '150602', department: null, ip: null, via: 'session' as const };
    const direct = await evaluateHouseholdForYear(t().ctx, actor, household.id, 2020);
    expect(direct.exit.outcome).toBe('notEligible');
  });

  it('answers only inside the region, and refuses a year outside the registry\'s', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await householdWith(cadre, 500_000);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2020`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2012`, { user: cadre })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    const noIncome = await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2019`, { user: cadre });
    expect(noIncome.body.exit.outcome).toBe('insufficientData');
  });

  it('uses the registry\'s boarding, orphan and entry-year facts for education aid, recorded through the member API', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const household = await registerTestHousehold(t(), cadre, {
      members: [
        buildMemberInput(),
        buildMemberInput({ relationToHead: 'son', schoolStatus: 'juniorHigh', schoolGrade: 8, name: '王寄宿', isBoarding: true }),
        buildMemberInput({ relationToHead: 'daughter', schoolStatus: 'undergraduate', schoolGrade: 4, name: '王一九', isOrphan: true, universityEntryYear: 2019 }),
        buildMemberInput({ relationToHead: 'son', schoolStatus: 'undergraduate', schoolGrade: 1, name: '王二二', universityEntryYear: 2022, studiesOutOfRegion: true }),
      ],
    });
    const { members } = household;
    expect(members.find((m) => m.name === '王寄宿')).toMatchObject({ isBoarding: true, isOrphan: false, universityEntryYear: null });
    const benefits = async () => (await request<Evaluation>(t(), 'GET', `/api/v1/evaluations/households/${household.id}?year=2022`, { user: cadre })).body.entitlements.benefits
      .map((b) => [b.memberName, b.benefit, b.amount]);
    // Boarding junior secondary 1250 yuan; the orphan entering 2019: 10 000 a year (30 000 before, under the 40 000 cap);
    // the poor-family entrant of 2022: 5000 a year and the out-of-region entrants' grant of 1000.
    expect(await benefits()).toEqual(expect.arrayContaining([
      ['王寄宿', 'educationAid', 125_000], ['王一九', 'universityAid', 1_000_000], ['王二二', 'universityEntrantGrant', 100_000], ['王二二', 'universityAid', 500_000],
    ]));
    // Changing the facts changes the aid: a day student, and the second child an orphan too (2022 cohort: 6000 a year).
    const patch = (name: string, body: Record<string, unknown>) => request(t(), 'PATCH', `/api/v1/members/${members.find((m) => m.name === name)?.id ?? ''}`, { user: cadre, body });
    expect((await patch('王寄宿', { isBoarding: false })).status).toBe(200);
    expect((await patch('王二二', { isOrphan: true })).status).toBe(200);
    expect(await benefits()).toEqual(expect.arrayContaining([['王寄宿', 'educationAid', 62_500], ['王二二', 'universityAid', 600_000]]));
    expect((await patch('王一九', { universityEntryYear: 1900 })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'universityEntryYear' });
  });
});
