import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface InForce { regionName: string | null; defaultsVersion: string; values: { key: string; value: unknown; origin: { regionCode: string; regionName: string | null; layer: string; id: string | null } | null; source: string | null; validFrom: number | null }[] }
interface Version { id: string; value: unknown; supersededAt: string | null; recordedByName: string }

const threshold2023 = { regionCode: '150602', parameter: 'monitoringThreshold', validFrom: 2023, validTo: 2023, value: 700_000, source: '东胜区2023年防返贫监测范围通知' };

describeEachEngine('policy API', (t) => {
  it('shows what is in force for a county and year, and where each value comes from', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const res = await request<InForce>(t(), 'GET', '/api/v1/policy/values?regionCode=150602&year=2023', { user: cadre });
    expect(res.status).toBe(200);
    expect(res.body.regionName).toBe('东胜区');
    const byKey = new Map(res.body.values.map((v) => [v.key, v]));
    expect(byKey.get('monitoringThreshold')).toMatchObject({ value: 600_000, origin: { regionCode: '', regionName: '全国', layer: 'default' }, validFrom: 2021 });
    expect(byKey.get('isWesternRegion')).toMatchObject({ value: true, origin: { regionCode: '15', regionName: '内蒙古自治区' } });
    expect(byKey.get('socialAssistance.dibaoMonthly')).toMatchObject({ value: [{ area: 'urban', amount: 81_500 }, { area: 'rural', amount: 63_500 }], origin: { regionCode: '150602' } });
    expect(byKey.get('povertyLine')).toMatchObject({ value: null, origin: null });
  });

  it('lets a county officer set the county\'s own value, which is then in force with its origin, audited', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const set = await request<Version>(t(), 'POST', '/api/v1/policy/values', { user: officer, body: threshold2023 });
    expect(set.status).toBe(201);
    const inForce = await request<InForce>(t(), 'GET', '/api/v1/policy/values?regionCode=150602101&year=2023', { user: officer });
    expect(inForce.body.values.find((v) => v.key === 'monitoringThreshold')).toMatchObject({
      value: 700_000, source: threshold2023.source, origin: { regionCode: '150602', regionName: '东胜区', layer: 'stored', id: set.body.id },
    });
    const next = await request<InForce>(t(), 'GET', '/api/v1/policy/values?regionCode=150602&year=2024', { user: officer });
    expect(next.body.values.find((v) => v.key === 'monitoringThreshold')).toMatchObject({ value: 600_000, origin: { regionCode: '' } });
    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'regionCode']).where('entityId', '=', set.body.id).execute();
    expect(audit).toEqual([{ action: 'policy.set', regionCode: '150602' }]);
  });

  it('keeps the earlier version when a value is replaced, and withdrawing falls back to the inherited one', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const body = { ...threshold2023, parameter: 'exit.rewardPerHousehold', validFrom: 2024, validTo: null, value: 150_000 };
    const first = await request<Version>(t(), 'POST', '/api/v1/policy/values', { user: officer, body });
    const second = await request<Version>(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { ...body, value: 200_000 } });
    expect(second.status).toBe(201);
    const history = await request<Version[]>(t(), 'GET', '/api/v1/policy/history?regionCode=150602&parameter=exit.rewardPerHousehold', { user: officer });
    expect(history.body.map((v) => [v.value, v.supersededAt === null])).toEqual([[200_000, true], [150_000, false]]);
    expect(history.body[1]?.id).toBe(first.body.id);
    const withdrawn = await request<Version>(t(), 'DELETE', `/api/v1/policy/values/${second.body.id}`, { user: officer });
    expect(withdrawn.status).toBe(200);
    const inForce = await request<InForce>(t(), 'GET', '/api/v1/policy/values?regionCode=150602&year=2024', { user: officer });
    expect(inForce.body.values.find((v) => v.key === 'exit.rewardPerHousehold')).toMatchObject({ value: 100_000, origin: { layer: 'default' } });
    expect((await request(t(), 'DELETE', `/api/v1/policy/values/${second.body.id}`, { user: officer })).status).toBe(409);
  });

  it('refuses bad policy data with a clear error naming the field', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const post = (body: Record<string, unknown>) => request(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { ...threshold2023, validFrom: 2030, validTo: 2030, ...body } });
    expect((await post({ parameter: 'monitoringThreshhold' })).body).toMatchObject({ code: 'POLICY_PARAMETER_UNKNOWN', field: 'parameter' });
    const wrongKind = await post({ value: '7000' });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body).toMatchObject({ code: 'POLICY_VALUE_INVALID', field: 'value' });
    expect((await post({ value: 7000.5 })).body).toMatchObject({ code: 'POLICY_VALUE_INVALID' });
    expect((await post({ parameter: 'socialAssistance.dibaoMonthly', value: [{ area: 'rural', amount: '635' }] })).body).toMatchObject({ code: 'POLICY_VALUE_INVALID', field: 'value.0.amount' });
    expect((await post({ validTo: 2029 })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'validTo' });
    expect((await post({ source: '' })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'source' });
    await post({ validFrom: 2031, validTo: null });
    const overlap = await post({ validFrom: 2035, validTo: 2036 });
    expect(overlap.status).toBe(409);
    expect(overlap.body).toMatchObject({ code: 'POLICY_PERIOD_OVERLAP', field: 'validFrom' });
  });

  it('keeps writes to the actor\'s region and role, and reads to its chain', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    expect((await request(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { ...threshold2023, regionCode: '15' } })).body).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect((await request(t(), 'POST', '/api/v1/policy/values', { user: officer, body: { ...threshold2023, regionCode: '' } })).status).toBe(403);
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    expect((await request(t(), 'POST', '/api/v1/policy/values', { user: township, body: threshold2023 })).status).toBe(403);
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', '/api/v1/policy/values?regionCode=150602&year=2023', { user: beijing })).status).toBe(404);
    expect((await request(t(), 'GET', '/api/v1/policy/history?regionCode=150602', { user: beijing })).status).toBe(404);
    expect((await request(t(), 'GET', '/api/v1/policy/values?regionCode=1506021&year=2023', { user: officer })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'regionCode' });
  });
});
