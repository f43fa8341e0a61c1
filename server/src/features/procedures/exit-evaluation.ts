import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { evaluateHouseholdForYear } from '../evaluations/household-evaluation.service.ts';
import type { ExitEvaluationRecord } from './procedures.schemas.ts';

/**
 * The exit procedure's evaluation step: the policy engine's exit decision for the household and
 * year (income above the line in force for its village, every basic-needs item passing), kept on
 * the step with its reasons in both languages. Missing data is not eligible: the reasons say what is missing.
 */
export async function evaluateExitForProcedure(ctx: AppContext, actor: Actor, householdId: number, year: number): Promise<ExitEvaluationRecord> {
  const { exit } = await evaluateHouseholdForYear(ctx, actor, householdId, year);
  return {
    outcome: exit.outcome,
    isEligible: exit.outcome === 'eligible',
    source: 'policyEngine',
    year: exit.year,
    summary: exit.text,
    reasons: exit.reasons.map((r) => ({ rule: r.rule, outcome: r.outcome, zh: r.text.zh, en: r.text.en })),
  };
}
