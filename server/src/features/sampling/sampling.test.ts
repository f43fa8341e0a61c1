import { expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import type { ExerciseView } from './sampling.schemas.ts';

const VILLAGE = '150602101206';

describeEachEngine('sampling for third-party checks', (t) => {
  let population: Promise<void> | undefined;
  /** 10 exited with labour, 6 not registered, 4 exited without labour, 2 still poor (2 people each) in one village. */
  function seedVillage(cadre: TestUser): Promise<void> {
    population ??= (async () => {
      for (let i = 0; i < 10; i += 1) await registerTestHousehold(t(), cadre, { villageCode: VILLAGE, povertyStatus: 'exited', yearExited: 2019, memberCount: 2 });
      for (let i = 0; i < 6; i += 1) await registerTestHousehold(t(), cadre, { villageCode: VILLAGE, povertyStatus: 'notPoor', yearIdentified: null, memberCount: 2 });
      for (let i = 0; i < 4; i += 1) {
        await registerTestHousehold(t(), cadre, {
          villageCode: VILLAGE, povertyStatus: 'exited', yearExited: 2019,
          members: [buildMemberInput({ laborCapacity: 'lost' }), buildMemberInput({ relationToHead: 'spouse', laborCapacity: 'none' })],
        });
      }
      for (let i = 0; i < 2; i += 1) await registerTestHousehold(t(), cadre, { villageCode: VILLAGE, povertyStatus: 'poor', memberCount: 2 });
    })();
    return population;
  }
  const draw = (user: TestUser, body: Record<string, unknown>) => request<ExerciseView & { code?: string; field?: string }>(t(), 'POST', '/api/v1/sampling-exercises', { user, body });

  it('draws the same stratified sample for the same seed, 5:3:2', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', VILLAGE);
    await seedVillage(cadre);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const first = await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 10, seed: 'check-2020' });
    expect(first.status).toBe(201);
    expect(first.body.strata).toEqual([
      { stratum: 'exitedWithLabour', ratio: 5, target: 5, available: 10, drawn: 5 },
      { stratum: 'nonRegistered', ratio: 3, target: 3, available: 6, drawn: 3 },
      { stratum: 'exitedWithoutLabour', ratio: 2, target: 2, available: 4, drawn: 2 },
    ]);
    expect(first.body).toMatchObject({ poorPeople: 4, population: 44, recorded: 0 });
    // Nothing checked yet: three rates undetermined, but 4 of 44 people still poor already fails the incidence.
    expect(first.body.rates.wrongExitRate.passes).toBeNull();
    expect(first.body.rates.compositeIncidence).toMatchObject({ numerator: 4, denominator: 44, passes: false });
    expect(first.body.passes).toBe(false);
    const again = await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 10, seed: 'check-2020' });
    expect(again.body.households.map((h) => h.householdId)).toEqual(first.body.households.map((h) => h.householdId));
    const other = await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 10 });
    expect(other.body.seed).not.toBe('check-2020');
    const list = await request<{ id: string }[]>(t(), 'GET', '/api/v1/sampling-exercises', { user: inspector });
    expect(list.body.map((e) => e.id)).toEqual(expect.arrayContaining([first.body.id, again.body.id, other.body.id]));
  });

  it('records findings and computes the three rates and one degree with pass or fail and reasons', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', VILLAGE);
    await seedVillage(cadre);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const exercise = (await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 10, seed: 'rates' })).body;
    let last = exercise;
    for (const [i, h] of exercise.households.entries()) {
      const exited = h.stratum !== 'nonRegistered';
      const body = { isWronglyExited: exited ? i === 0 : null, isMissed: exited ? null : false, approves: i !== 1 };
      const res = await request<ExerciseView>(t(), 'PUT', `/api/v1/sampling-exercises/${exercise.id}/households/${h.householdId}`, { user: inspector, body });
      expect(res.status).toBe(200);
      last = res.body;
    }
    expect(last.recorded).toBe(10);
    expect(last.rates.wrongExitRate).toMatchObject({ numerator: 1, denominator: 7, passes: false });
    expect(last.rates.missedRate).toMatchObject({ numerator: 0, denominator: 3, passes: true });
    expect(last.rates.approvalRate).toMatchObject({ numerator: 9, denominator: 10, percent: 90, passes: true });
    // (4 still-poor people + 2 in the wrongly exited household) ÷ 44 = 13.6 %
    expect(last.rates.compositeIncidence).toMatchObject({ numerator: 6, denominator: 44, passes: false });
    expect(last.passes).toBe(false);
    expect(last.reasons[0]).toBe('wrong-exit rate 1/7 = 14.29 % must be below 2 %: fails');
  });

  it('refuses findings that do not fit, other roles and other regions', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', VILLAGE);
    await seedVillage(cadre);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const exercise = (await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 10, seed: 'refusals' })).body;
    const exited = exercise.households.find((h) => h.stratum === 'exitedWithLabour');
    const nonRegistered = exercise.households.find((h) => h.stratum === 'nonRegistered');
    const url = (id: number | undefined) => `/api/v1/sampling-exercises/${exercise.id}/households/${id ?? 0}`;
    expect((await request(t(), 'PUT', url(exited?.householdId), { user: inspector, body: { isMissed: true } })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'isMissed' });
    expect((await request(t(), 'PUT', url(nonRegistered?.householdId), { user: inspector, body: { isWronglyExited: true } })).body).toMatchObject({ field: 'isWronglyExited' });
    expect((await request(t(), 'PUT', url(999_999), { user: inspector, body: {} })).status).toBe(404);
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    expect((await request(t(), 'PUT', url(exited?.householdId), { user: township, body: { approves: true } })).status).toBe(403);
    expect((await draw(township, { regionCode: VILLAGE, year: 2020, sampleSize: 10 })).status).toBe(403);
    expect((await draw(inspector, { regionCode: '110101', year: 2020, sampleSize: 10 })).body).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect((await draw(inspector, { regionCode: VILLAGE, year: 2020, sampleSize: 0 })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'sampleSize' });
    const outsider = await createSignedInUser(t(), 'inspector', '110101');
    expect((await request(t(), 'GET', `/api/v1/sampling-exercises/${exercise.id}`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'PUT', url(exited?.householdId), { user: outsider, body: { approves: true } })).status).toBe(404);
  });
});
