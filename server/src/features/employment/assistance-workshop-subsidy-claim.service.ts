import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { type AppContext, yearInChina } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { findCurrentMember } from '../assistance/measures/measures.repository.ts';
import { isUniqueViolation } from '../households/unique-violation.ts';
import { recordProgrammeMeasure } from '../programmes/programme-measure.service.ts';
import { resolveAssistanceWorkshopPolicy } from '../programmes/programme-policy.service.ts';
import { findWorkers, insertClaim } from './assistance-workshops.repository.ts';
import type { AssistanceWorkshopSubsidyView } from './assistance-workshops.schemas.ts';
import { computeAssistanceWorkshopSubsidyFor, requireAssistanceWorkshop } from './assistance-workshops.service.ts';

type WorkerRow = Awaited<ReturnType<typeof findWorkers>>[number];
type AssistanceWorkshop = Awaited<ReturnType<typeof requireAssistanceWorkshop>>;

/** The days of the year a member worked in the workshop: from their first day in it to their last. */
function periodInYear(spells: readonly WorkerRow[], year: number): { startDate: string; endDate: string } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const starts = spells.map((s) => (s.startedOn > first ? s.startedOn : first)).sort();
  const ends = spells.map((s) => (s.endedOn === null || s.endedOn > last ? last : s.endedOn)).sort();
  return { startDate: starts[0] ?? first, endDate: ends.at(-1) ?? last };
}

/**
 * One `workshopJob` measure per counting worker, for their household, with the worker's own wage
 * subsidy as its amount and the employer's share for them in its outcome, so that the household's
 * plan sees the employment and the money. A worker who has since left the household is skipped
 * (a measure goes to a current member); the claim itself keeps every worker.
 */
async function recordWorkerMeasures(trx: Transaction<Database>, actor: Actor, assistanceWorkshop: AssistanceWorkshop, year: number, computed: AssistanceWorkshopSubsidyView, workers: readonly WorkerRow[], at: string): Promise<number> {
  let recorded = 0;
  for (const w of computed.workers.filter((x) => x.counts && x.workerSubsidy > 0)) {
    const spells = workers.filter((x) => x.memberId === w.memberId);
    const spell = spells[0];
    if (!spell || !(await findCurrentMember(trx, spell.householdId, w.memberId))) continue;
    await recordProgrammeMeasure(trx, actor, {
      householdId: spell.householdId, villageCode: spell.villageCode, source: `workshopSubsidy:${assistanceWorkshop.id}:${year}`,
      input: {
        measureType: 'workshopJob', memberId: w.memberId, ...periodInYear(spells, year), amount: w.workerSubsidy, inKind: null,
        fundingSource: null, providerKind: 'enterprise', providerName: assistanceWorkshop.operator, status: 'completed',
        outcome: `${assistanceWorkshop.name}${year}年就业补贴：务工${w.months}个月，本人${(w.workerSubsidy / 100).toFixed(2)}元，车间另获${(w.employerSubsidy / 100).toFixed(2)}元`,
      },
    }, at);
    recorded += 1;
  }
  return recorded;
}

/**
 * Claims the year's subsidy: refused when not earned, or when the year was already claimed — also
 * when two claims race past the check, which the unique index then decides (409, not a 500).
 * The claim records a measure for each counting worker's household.
 */
export async function claimAssistanceWorkshopSubsidy(ctx: AppContext, actor: Actor, assistanceWorkshopId: string, year: number): Promise<AssistanceWorkshopSubsidyView> {
  requirePermission(actor, 'assistance:write');
  if (year > yearInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the year is in the future', { field: 'year' });
  const assistanceWorkshop = await requireAssistanceWorkshop(ctx, actor, assistanceWorkshopId);
  const computed = await computeAssistanceWorkshopSubsidyFor(ctx, actor, assistanceWorkshopId, year);
  const already = () => new AppError('MEASURE_DUPLICATE', `the ${year} subsidy of this workshop was already claimed${computed.claimedAt ? ` on ${computed.claimedAt}` : ''}`, { field: 'year' });
  if (computed.claimedAt !== null) throw already();
  const [reason] = computed.reasons;
  if (!computed.isEarned && reason) throw new AppError('ASSISTANCE_WORKSHOP_SUBSIDY_NOT_EARNED', reason.message, { field: 'year' });
  const { citations } = await resolveAssistanceWorkshopPolicy(ctx, assistanceWorkshop.villageCode, year);
  const workers = await findWorkers(ctx.db, assistanceWorkshopId);
  const at = ctx.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertClaim(trx, {
        id: uuidv7(), assistanceWorkshopId, villageCode: assistanceWorkshop.villageCode, year, qualifyingWorkers: computed.qualifyingWorkers,
        workerTotal: computed.workerTotal, employerTotal: computed.employerTotal, workers: JSON.stringify(computed.workers),
        policyValues: JSON.stringify(citations), claimedAt: at, claimedBy: actor.userId,
      });
      const measures = await recordWorkerMeasures(trx, actor, assistanceWorkshop, year, computed, workers, at);
      await recordAudit(trx, actor, {
        action: 'claim', entityType: 'workshopSubsidy', entityId: assistanceWorkshopId, regionCode: assistanceWorkshop.villageCode,
        details: { year, workerTotal: computed.workerTotal, employerTotal: computed.employerTotal, qualifyingWorkers: computed.qualifyingWorkers, measures },
      }, at);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'assistance_workshop_subsidies')) throw already();
    throw error;
  }
  return { ...computed, claimedAt: at };
}
