import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.ts';
import { findStepDefinition, type ProcedureKind, type ProcedureStep } from './procedure-definitions.ts';
import { allowedStepDecisions, decideStepAction, type ActingUser, type ProcedureState, type StepAction } from './procedure-rules.ts';
import { scheduleStep } from './step-schedule.ts';

const VILLAGE_CADRE: ActingUser = { role: 'villageCadre', regionCode: '150602101201' };
const TOWNSHIP_OFFICER: ActingUser = { role: 'townshipOfficer', regionCode: '150602101' };
const COUNTY_OFFICER: ActingUser = { role: 'countyOfficer', regionCode: '150602' };
const STARTED = '2024-03-01';
const TODAY = '2024-04-01';

function stateAt(kind: ProcedureKind, step: ProcedureStep, unresolvedObjections = 0): ProcedureState {
  const definition = findStepDefinition(kind, step);
  if (!definition) throw new Error(`${step} is not a step of ${kind}`);
  return { kind, status: 'inProgress', currentStep: step, schedule: scheduleStep(definition, STARTED), unresolvedObjections };
}

const approve = (step: ProcedureStep, on = '2024-03-20'): StepAction => ({ step, decision: 'approve', reason: null, on });

describe('decideStepAction: every transition', () => {
  const transitions: [ProcedureKind, ProcedureStep, ActingUser, ProcedureStep | null][] = [
    ['identification', 'villageAppraisal', VILLAGE_CADRE, 'firstNotice'],
    ['identification', 'firstNotice', VILLAGE_CADRE, 'townshipReview'],
    ['identification', 'townshipReview', TOWNSHIP_OFFICER, 'secondNotice'],
    ['identification', 'secondNotice', TOWNSHIP_OFFICER, 'countyReview'],
    ['identification', 'countyReview', COUNTY_OFFICER, 'announcement'],
    ['identification', 'announcement', COUNTY_OFFICER, null],
    ['householdExit', 'villageAppraisal', VILLAGE_CADRE, 'verification'],
    ['householdExit', 'verification', VILLAGE_CADRE, 'householdAgreement'],
    ['householdExit', 'householdAgreement', VILLAGE_CADRE, 'notice'],
    ['householdExit', 'notice', VILLAGE_CADRE, 'announcement'],
    ['householdExit', 'announcement', COUNTY_OFFICER, null],
  ];
  it.each(transitions)('%s: %s approved by its owner → %s', (kind, step, actor, next) => {
    const ruling = decideStepAction(stateAt(kind, step), approve(step), actor, TODAY);
    expect(ruling).toMatchObject({ ok: true, value: { decision: 'approved', status: next ? 'inProgress' : 'completed' } });
    if (ruling.ok) {
      expect(ruling.value.next?.step ?? null).toBe(next);
      expect(ruling.value.next?.schedule.startedOn ?? null).toBe(next ? '2024-03-20' : null);
    }
  });

  const rejections: [ProcedureKind, ProcedureStep, ActingUser][] = [
    ['identification', 'villageAppraisal', VILLAGE_CADRE],
    ['identification', 'townshipReview', TOWNSHIP_OFFICER],
    ['identification', 'countyReview', COUNTY_OFFICER],
    ['householdExit', 'villageAppraisal', VILLAGE_CADRE],
    ['householdExit', 'verification', VILLAGE_CADRE],
    ['householdExit', 'householdAgreement', VILLAGE_CADRE],
  ];
  it.each(rejections)('%s: %s rejected with a reason ends the procedure, kept as rejected', (kind, step, actor) => {
    const ruling = decideStepAction(stateAt(kind, step), { step, decision: 'reject', reason: '家庭收入高于标准', on: '2024-03-05' }, actor, TODAY);
    expect(ruling).toEqual({ ok: true, value: { decision: 'rejected', status: 'rejected', next: null } });
  });

  it('schedules a notice for seven days from the day the review closed', () => {
    const ruling = decideStepAction(stateAt('identification', 'villageAppraisal'), approve('villageAppraisal', '2024-03-10'), VILLAGE_CADRE, TODAY);
    expect(ruling.ok && ruling.value.next?.schedule).toEqual({ startedOn: '2024-03-10', noticeStartsOn: '2024-03-10', noticeEndsOn: '2024-03-16', dueOn: '2024-03-19' });
  });
});

describe('decideStepAction: every refusal', () => {
  const notices: [ProcedureKind, ProcedureStep, ActingUser][] = [
    ['identification', 'firstNotice', VILLAGE_CADRE],
    ['identification', 'secondNotice', TOWNSHIP_OFFICER],
    ['householdExit', 'notice', VILLAGE_CADRE],
  ];
  it.each(notices)('%s: %s cannot close while its posting period runs (last day included)', (kind, step, actor) => {
    // Posted 2024-03-01 for 7 days: up to and including 2024-03-07.
    const ruling = decideStepAction(stateAt(kind, step), approve(step, '2024-03-07'), actor, TODAY);
    expect(ruling).toMatchObject({ ok: false, refusal: { code: 'NOTICE_PERIOD_RUNNING', field: 'on' } });
    expect(decideStepAction(stateAt(kind, step), approve(step, '2024-03-08'), actor, TODAY).ok).toBe(true);
  });

  it.each(notices)('%s: %s cannot close with an unresolved objection, even after the period', (kind, step, actor) => {
    const ruling = decideStepAction(stateAt(kind, step, 1), approve(step, '2024-03-20'), actor, TODAY);
    expect(ruling).toMatchObject({ ok: false, refusal: { code: 'OBJECTION_UNRESOLVED' } });
  });

  const wrongOwners: [ProcedureKind, ProcedureStep, Role, string][] = [
    ['identification', 'villageAppraisal', 'townshipOfficer', '150602101'],
    ['identification', 'townshipReview', 'villageCadre', '150602101201'],
    ['identification', 'townshipReview', 'countyOfficer', '150602'],
    ['identification', 'countyReview', 'townshipOfficer', '150602101'],
    ['identification', 'announcement', 'admin', '150602'],
    ['householdExit', 'verification', 'inspector', '150602'],
    // The right role at the wrong level: a village cadre account given a whole township.
    ['identification', 'villageAppraisal', 'villageCadre', '150602101'],
    ['householdExit', 'announcement', 'countyOfficer', '150602101'],
  ];
  it.each(wrongOwners)('%s: %s is refused to a %s at %s', (kind, step, role, regionCode) => {
    const ruling = decideStepAction(stateAt(kind, step), approve(step), { role, regionCode }, TODAY);
    expect(ruling).toMatchObject({ ok: false, refusal: { code: 'STEP_NOT_OWNED' } });
  });

  const cases: [string, ProcedureState, StepAction, ActingUser, string, string | undefined][] = [
    ['a closed procedure', { ...stateAt('identification', 'villageAppraisal'), status: 'completed', currentStep: null }, approve('villageAppraisal'), VILLAGE_CADRE, 'PROCEDURE_CLOSED', undefined],
    ['a rejected procedure', { ...stateAt('identification', 'townshipReview'), status: 'rejected' }, approve('townshipReview'), TOWNSHIP_OFFICER, 'PROCEDURE_CLOSED', undefined],
    ['a step other than the current one', stateAt('identification', 'townshipReview'), approve('villageAppraisal'), VILLAGE_CADRE, 'STEP_NOT_CURRENT', 'step'],
    ['a rejection without a reason', stateAt('identification', 'villageAppraisal'), { step: 'villageAppraisal', decision: 'reject', reason: '  ', on: TODAY }, VILLAGE_CADRE, 'VALIDATION_FAILED', 'reason'],
    ['rejecting a notice', stateAt('identification', 'firstNotice'), { step: 'firstNotice', decision: 'reject', reason: '有异议', on: TODAY }, VILLAGE_CADRE, 'VALIDATION_FAILED', 'decision'],
    ['rejecting an announcement', stateAt('identification', 'announcement'), { step: 'announcement', decision: 'reject', reason: '不同意', on: TODAY }, COUNTY_OFFICER, 'VALIDATION_FAILED', 'decision'],
    ['a date in the future', stateAt('identification', 'villageAppraisal'), approve('villageAppraisal', '2024-04-02'), VILLAGE_CADRE, 'VALIDATION_FAILED', 'on'],
    ['a date before the step started', stateAt('identification', 'villageAppraisal'), approve('villageAppraisal', '2024-02-29'), VILLAGE_CADRE, 'VALIDATION_FAILED', 'on'],
    ['a date that does not exist', stateAt('identification', 'villageAppraisal'), approve('villageAppraisal', '2024-02-30'), VILLAGE_CADRE, 'VALIDATION_FAILED', 'on'],
  ];
  it.each(cases)('refuses %s', (_name, state, action, actor, code, field) => {
    const ruling = decideStepAction(state, action, actor, TODAY);
    expect(ruling.ok).toBe(false);
    if (!ruling.ok) {
      expect(ruling.refusal.code).toBe(code);
      expect(ruling.refusal.field).toBe(field);
    }
  });
});

describe('allowedStepDecisions', () => {
  it('offers approve and reject on a review, approve alone on a notice, nothing to others', () => {
    expect(allowedStepDecisions(stateAt('identification', 'townshipReview'), TOWNSHIP_OFFICER)).toEqual(['approve', 'reject']);
    expect(allowedStepDecisions(stateAt('identification', 'firstNotice'), VILLAGE_CADRE)).toEqual(['approve']);
    expect(allowedStepDecisions(stateAt('identification', 'townshipReview'), VILLAGE_CADRE)).toEqual([]);
  });
});
