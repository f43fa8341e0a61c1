import { requirePermission, type Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { requireHouseholdInScope } from '../../households/households.service.ts';
import { findCurrentMembers } from '../../members/members.repository.ts';
import { findOpenCasesOf } from '../../monitoring-cases/cases.repository.ts';
import { findMeasures } from '../measures/measures.repository.ts';
import { presentMeasure } from '../measures/measures.presenter.ts';
import { buildAssistancePlan } from './assistance-plans.builder.ts';
import type { AssistancePlanView } from './assistance-plans.schemas.ts';

/**
 * Every cause of the household, and every risk of its open monitoring case, mapped to the measures
 * answering it, with what is still unanswered.
 */
export async function getAssistancePlan(ctx: AppContext, actor: Actor, householdId: number): Promise<AssistancePlanView> {
  requirePermission(actor, 'registry:read');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const members = await findCurrentMembers(ctx.db, householdId);
  const measures = await findMeasures(ctx.db, [householdId]);
  const [openCase] = await findOpenCasesOf(ctx.db, [householdId]);
  const plan = buildAssistancePlan(household, members, measures, openCase?.risks ?? null);
  return { householdId, ...plan, measures: measures.map(presentMeasure) };
}
