import { describe, expect, it } from 'vitest';
import { findStepDefinition, type ProcedureStep } from './procedure-definitions.ts';
import { checkObjectionIntake, decideObjectionResolution, type ObjectionResolution } from './objection-rules.ts';
import type { ActingUser, ProcedureState } from './procedure-rules.ts';
import { computeQuotaUsage, canApproveWithinQuota } from './village-quota.ts';
import { scheduleStep } from './step-schedule.ts';

const VILLAGE_CADRE: ActingUser = { role: 'villageCadre', regionCode: '150602101201' };
const TOWNSHIP_OFFICER: ActingUser = { role: 'townshipOfficer', regionCode: '150602101' };
const TODAY = '2024-04-01';

function identificationAt(step: ProcedureStep): ProcedureState {
  const definition = findStepDefinition('identification', step);
  if (!definition) throw new Error(step);
  return { kind: 'identification', status: 'inProgress', currentStep: step, schedule: scheduleStep(definition, '2024-03-01'), unresolvedObjections: 1 };
}

const open = { status: 'open' as const, receivedOn: '2024-03-03' };
const resolve = (input: Partial<ObjectionResolution>): ObjectionResolution => ({ outcome: 'dismissed', upheldAction: null, resolution: '经核实，反映情况不属实', on: '2024-03-05', ...input });

describe('checkObjectionIntake', () => {
  it.each([['2024-03-01'], ['2024-03-07']])('receives an objection on %s, within the posting period', (receivedOn) => {
    expect(checkObjectionIntake(identificationAt('firstNotice'), receivedOn, TODAY)).toEqual({ ok: true, value: { step: 'firstNotice' } });
  });

  const refusals: [string, ProcedureState, string, string, string | undefined][] = [
    ['before the notice went up', identificationAt('firstNotice'), '2024-02-29', 'OBJECTION_OUTSIDE_NOTICE', 'receivedOn'],
    ['after the notice came down', identificationAt('secondNotice'), '2024-03-08', 'OBJECTION_OUTSIDE_NOTICE', 'receivedOn'],
    ['in the future', identificationAt('firstNotice'), '2024-04-02', 'VALIDATION_FAILED', 'receivedOn'],
    ['while no notice is posted', identificationAt('townshipReview'), '2024-03-03', 'NOT_IN_NOTICE', undefined],
    ['on a closed procedure', { ...identificationAt('firstNotice'), status: 'rejected' }, '2024-03-03', 'NOT_IN_NOTICE', undefined],
  ];
  it.each(refusals)('refuses an objection %s', (_name, state, receivedOn, code, field) => {
    const ruling = checkObjectionIntake(state, receivedOn, TODAY);
    expect(ruling).toMatchObject({ ok: false, refusal: { code } });
    if (!ruling.ok) expect(ruling.refusal.field).toBe(field);
  });
});

describe('decideObjectionResolution', () => {
  it('dismissed: the notice goes on', () => {
    expect(decideObjectionResolution(identificationAt('firstNotice'), open, resolve({}), VILLAGE_CADRE, TODAY)).toEqual({ ok: true, value: null });
  });

  it('upheld and rejected: the procedure ends rejected', () => {
    const ruling = decideObjectionResolution(identificationAt('firstNotice'), open, resolve({ outcome: 'upheld', upheldAction: 'reject' }), VILLAGE_CADRE, TODAY);
    expect(ruling).toEqual({ ok: true, value: { decision: 'rejected', status: 'rejected', next: null } });
  });

  it.each([['firstNotice', VILLAGE_CADRE, 'villageAppraisal'], ['secondNotice', TOWNSHIP_OFFICER, 'townshipReview']] as const)(
    'upheld and sent back: %s returns to %s', (step, actor, target) => {
      const ruling = decideObjectionResolution(identificationAt(step), open, resolve({ outcome: 'upheld', upheldAction: 'sendBack' }), actor, TODAY);
      expect(ruling).toMatchObject({ ok: true, value: { decision: 'sentBack', status: 'inProgress', next: { step: target, schedule: { startedOn: '2024-03-05' } } } });
    },
  );

  const refusals: [string, ProcedureState, { status: 'open' | 'dismissed'; receivedOn: string }, ObjectionResolution, ActingUser, string, string | undefined][] = [
    ['by someone who does not own the notice', identificationAt('firstNotice'), open, resolve({}), TOWNSHIP_OFFICER, 'STEP_NOT_OWNED', undefined],
    ['once resolved', identificationAt('firstNotice'), { status: 'dismissed', receivedOn: '2024-03-03' }, resolve({}), VILLAGE_CADRE, 'OBJECTION_RESOLVED', undefined],
    ['after the procedure left the notice', identificationAt('townshipReview'), open, resolve({}), TOWNSHIP_OFFICER, 'NOT_IN_NOTICE', undefined],
    ['without saying how', identificationAt('firstNotice'), open, resolve({ resolution: ' ' }), VILLAGE_CADRE, 'VALIDATION_FAILED', 'resolution'],
    ['upheld without a consequence', identificationAt('firstNotice'), open, resolve({ outcome: 'upheld' }), VILLAGE_CADRE, 'VALIDATION_FAILED', 'upheldAction'],
    ['dismissed with a consequence', identificationAt('firstNotice'), open, resolve({ upheldAction: 'reject' }), VILLAGE_CADRE, 'VALIDATION_FAILED', 'upheldAction'],
    ['dated before it was received', identificationAt('firstNotice'), open, resolve({ on: '2024-03-02' }), VILLAGE_CADRE, 'VALIDATION_FAILED', 'on'],
    ['dated in the future', identificationAt('firstNotice'), open, resolve({ on: '2024-04-02' }), VILLAGE_CADRE, 'VALIDATION_FAILED', 'on'],
  ];
  it.each(refusals)('refuses a resolution %s', (_name, state, objection, input, actor, code, field) => {
    const ruling = decideObjectionResolution(state, objection, input, actor, TODAY);
    expect(ruling).toMatchObject({ ok: false, refusal: { code } });
    if (!ruling.ok) expect(ruling.refusal.field).toBe(field);
  });
});

describe('village quotas', () => {
  it.each([
    [null, 5, 1, null, false, true],
    [3, 2, 4, 1, false, true],
    [3, 3, 0, 0, true, false],
    [3, 4, 0, 0, true, false],
  ] as const)('quota %s with %i registered and %i in progress: %s left, reached %s, may approve %s', (quota, registered, inProgress, remaining, isReached, mayApprove) => {
    const usage = computeQuotaUsage(quota, registered, inProgress);
    expect(usage).toEqual({ quota, registered, inProgress, remaining, isReached });
    expect(canApproveWithinQuota(usage)).toBe(mayApprove);
  });
});
