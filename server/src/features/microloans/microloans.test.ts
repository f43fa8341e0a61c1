import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface Household { id: number; members: { id: number }[] }
interface Loan {
  id: string; status: string; measureId: string | null; maturityOn: string | null;
  instalments: { dueOn: string; principalDue: number; interestDue: number; interestSubsidy: number; borrowerDue: number }[];
  totals: { interest: number; interestSubsidy: number; borrowerInterest: number };
  standing: { outstandingPrincipal: number; overduePrincipal: number; isOverdue: boolean; daysOverdue: number } | null;
}
interface Report { total: { loans: number; outstandingPrincipal: number; overdueLoans: number; overdueRate: { basisPoints: number | null }; recoveryRate: { basisPoints: number | null } }; villages: { regionCode: string; regionName: string | null }[] }

const application = (memberId: number | undefined) => ({
  memberId, principal: 5_000_000, termMonths: 36, annualRateBasisPoints: 345, purpose: '养殖肉牛', lender: '农村信用社', appliedOn: '2025-01-05',
});

describeEachEngine('microloans API', (t) => {
  it('refuses an application above the cap or term, from a household not on the roll, or on top of a live loan, each with its reason', async () => {
    t().clock.now = new Date('2025-12-01T08:00:00Z');
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre) as Household;
    const url = `/api/v1/households/${household.id}/microloans`;
    const body = application(household.members[0]?.id);
    const aboveCap = await request(t(), 'POST', url, { user: cadre, body: { ...body, principal: 5_000_001 } });
    expect(aboveCap.status).toBe(422);
    expect(aboveCap.body).toMatchObject({ code: 'MICROLOAN_ABOVE_CAP', field: 'principal' });
    const tooLong = await request(t(), 'POST', url, { user: cadre, body: { ...body, termMonths: 61 } });
    expect(tooLong.body).toMatchObject({ code: 'MICROLOAN_TERM_TOO_LONG', field: 'termMonths' });
    const both = await request<{ errors: { field: string }[] }>(t(), 'POST', url, { user: cadre, body: { ...body, principal: 9_000_000, termMonths: 72 } });
    expect(both.body.errors.map((e) => e.field)).toEqual(['principal', 'termMonths']);

    const notPoor = await registerTestHousehold(t(), cadre, { povertyStatus: 'notPoor', mainCause: null, otherCauses: [], yearIdentified: null }) as Household;
    const ineligible = await request(t(), 'POST', `/api/v1/households/${notPoor.id}/microloans`, { user: cadre, body: application(notPoor.members[0]?.id) });
    expect(ineligible.body).toMatchObject({ code: 'MICROLOAN_NOT_ELIGIBLE' });

    expect((await request(t(), 'POST', url, { user: cadre, body })).status).toBe(201);
    const second = await request(t(), 'POST', url, { user: cadre, body: { ...body, principal: 1_000_000 } });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'householdId' });
    const loans = await request<Loan[]>(t(), 'GET', `/api/v1/microloans?region=150602101201&status=applied`, { user: cadre });
    expect(loans.body.filter((l) => l.status === 'applied').length).toBeGreaterThanOrEqual(1);
  });

  it('carries a loan from application through approval and disbursement to repayment, with the schedule, subsidy, overdue and recovery rates', async () => {
    t().clock.now = new Date('2025-12-01T08:00:00Z');
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602102');
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602102');
    const [village] = (await t().ctx.db.selectFrom('regions').select('code').where('parentCode', '=', '150602102').orderBy('code').execute()).map((r) => r.code);
    const a = await registerTestHousehold(t(), cadre, { villageCode: village }) as Household;
    const b = await registerTestHousehold(t(), cadre, { villageCode: village }) as Household;

    const applied = await request<Loan>(t(), 'POST', `/api/v1/households/${a.id}/microloans`, { user: cadre, body: application(a.members[0]?.id) });
    expect(applied.body.status).toBe('applied');
    expect((await request(t(), 'POST', `/api/v1/microloans/${applied.body.id}/decision`, { user: cadre, body: { approve: true } })).status).toBe(403);
    expect((await request(t(), 'POST', `/api/v1/microloans/${applied.body.id}/disbursement`, { user: township, body: { disbursedOn: '2025-01-10' } })).body).toMatchObject({ code: 'MICROLOAN_STATE' });
    const approved = await request<Loan>(t(), 'POST', `/api/v1/microloans/${applied.body.id}/decision`, { user: township, body: { approve: true } });
    expect(approved.body.status).toBe('approved');
    const disbursed = await request<Loan>(t(), 'POST', `/api/v1/microloans/${applied.body.id}/disbursement`, { user: township, body: { disbursedOn: '2025-01-10' } });
    expect(disbursed.body).toMatchObject({ status: 'disbursed', maturityOn: '2028-01-10' });
    // 5 000 000 fen × 3.45 % × 3 ÷ 12 = 43 125 fen a quarter, all of it subsidised.
    expect(disbursed.body.instalments).toHaveLength(12);
    expect(disbursed.body.instalments[0]).toEqual({ seq: 1, dueOn: '2025-04-10', principalDue: 0, interestDue: 43_125, interestSubsidy: 43_125, borrowerDue: 0 });
    expect(disbursed.body.totals).toEqual({ principal: 5_000_000, interest: 517_500, interestSubsidy: 517_500, borrowerInterest: 0 });
    const measures = await request<{ id: string; measureType: string; amount: number }[]>(t(), 'GET', `/api/v1/households/${a.id}/measures`, { user: cadre });
    expect(measures.body.find((m) => m.id === disbursed.body.measureId)).toMatchObject({ measureType: 'microloan', amount: 5_000_000 });

    const quarterly = { ...application(b.members[0]?.id), principal: 1_200_000, termMonths: 12, repaymentMethod: 'equalPrincipal' };
    const loanB = await request<Loan>(t(), 'POST', `/api/v1/households/${b.id}/microloans`, { user: cadre, body: quarterly });
    await request(t(), 'POST', `/api/v1/microloans/${loanB.body.id}/decision`, { user: township, body: { approve: true } });
    await request(t(), 'POST', `/api/v1/microloans/${loanB.body.id}/disbursement`, { user: township, body: { disbursedOn: '2025-01-10' } });
    const repaid = await request<Loan>(t(), 'POST', `/api/v1/microloans/${loanB.body.id}/repayments`, { user: cadre, body: { paidOn: '2025-04-09', principal: 300_000 } });
    expect(repaid.status).toBe(201);
    // Due 10 April, 10 July and 10 October: the July instalment is the first not covered, 144 days before 1 December.
    expect(repaid.body.standing).toMatchObject({ outstandingPrincipal: 900_000, overduePrincipal: 600_000, isOverdue: true, daysOverdue: 144 });
    const overdue = await request<Loan[]>(t(), 'GET', '/api/v1/microloans?overdue=true', { user: cadre });
    expect(overdue.body.map((l) => l.id)).toEqual([loanB.body.id]);

    const report = await request<Report>(t(), 'GET', `/api/v1/microloans/report?region=${village}`, { user: township });
    expect(report.body.total).toMatchObject({ loans: 2, outstandingPrincipal: 5_900_000, overdueLoans: 1 });
    // Overdue balance 900 000 of 5 900 000 = 15.25 %; 300 000 recovered of 900 000 matured = 33.33 %.
    expect(report.body.total.overdueRate.basisPoints).toBe(1_525);
    expect(report.body.total.recoveryRate.basisPoints).toBe(3_333);
    expect(report.body.villages[0]?.regionName).toBeTruthy();

    const tooMuch = await request(t(), 'POST', `/api/v1/microloans/${loanB.body.id}/repayments`, { user: cadre, body: { paidOn: '2025-11-30', principal: 900_001 } });
    expect(tooMuch.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'principal' });
    const settled = await request<Loan>(t(), 'POST', `/api/v1/microloans/${loanB.body.id}/repayments`, { user: cadre, body: { paidOn: '2025-11-30', principal: 900_000 } });
    expect(settled.body).toMatchObject({ status: 'settled', standing: { outstandingPrincipal: 0, isOverdue: false } });
    const changes = await t().ctx.db.selectFrom('recordChanges').select('action').where('entityType', '=', 'microloan').where('entityId', '=', loanB.body.id).execute();
    expect(changes).toHaveLength(5);
    // The household page's microloan tab: one household's loans only.
    const ofA = await request<Loan[]>(t(), 'GET', `/api/v1/microloans?householdId=${a.id}`, { user: cadre });
    expect(ofA.body.map((l) => l.id)).toEqual([applied.body.id]);
    const ofB = await request<Loan[]>(t(), 'GET', `/api/v1/microloans?householdId=${b.id}`, { user: cadre });
    expect(ofB.body.map((l) => l.id)).toEqual([loanB.body.id]);
  });

  it('keeps loans in their region, refusal needs a reason, and other roles cannot decide', async () => {
    t().clock.now = new Date('2025-12-01T08:00:00Z');
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre) as Household;
    const loan = await request<Loan>(t(), 'POST', `/api/v1/households/${household.id}/microloans`, { user: cadre, body: { ...application(household.members[0]?.id), principal: 2_000_000 } });
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/microloans/${loan.body.id}`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'POST', `/api/v1/microloans/${loan.body.id}/decision`, { user: outsider, body: { approve: true } })).status).toBe(404);
    expect((await request<unknown[]>(t(), 'GET', '/api/v1/microloans', { user: outsider })).body).toEqual([]);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'POST', `/api/v1/households/${household.id}/microloans`, { user: inspector, body: application(household.members[0]?.id) })).status).toBe(403);
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const noReason = await request(t(), 'POST', `/api/v1/microloans/${loan.body.id}/decision`, { user: county, body: { approve: false } });
    expect(noReason.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const refused = await request<Loan & { decisionReason: string }>(t(), 'POST', `/api/v1/microloans/${loan.body.id}/decision`, { user: county, body: { approve: false, reason: '无劳动能力，无还款来源' } });
    expect(refused.body).toMatchObject({ status: 'refused', decisionReason: '无劳动能力，无还款来源' });
    const badDate = await request(t(), 'POST', `/api/v1/households/${household.id}/microloans`, { user: cadre, body: { ...application(household.members[0]?.id), appliedOn: '2025-13-01' } });
    expect(badDate.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'appliedOn' });
  });
});
