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
import { resolveWorkshopPolicy } from '../programmes/programme-policy.service.ts';
import { findWorkers, insertClaim } from './workshops.repository.ts';
import type { WorkshopSubsidyView } from './workshops.schemas.ts';
import { computeWorkshopSubsidyFor, requireWorkshop } from './workshops.service.ts';

type WorkerRow = Awaited<ReturnType<typeof findWorkers>>[number];
type Workshop = Awaited<ReturnType<typeof requireWorkshop>>;

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
async function recordWorkerMeasures(trx: Transaction<Database>, actor: Actor, workshop: Workshop, year: number, computed: WorkshopSubsidyView, workers: readonly WorkerRow[], at: string): Promise<number> {
  let recorded = 0;
  for (const w of computed.workers.filter((x) => x.counts && x.workerSubsidy > 0)) {
    const spells = workers.filter((x) => x.memberId === w.memberId);
    const spell = spells[0];
    if (!spell || !(await findCurrentMember(trx, spell.householdId, w.memberId))) continue;
    await recordProgrammeMeasure(trx, actor, {
      householdId: spell.householdId, villageCode: spell.villageCode, source: `workshopSubsidy:${workshop.id}:${year}`,
      input: {
        measureType: 'workshopJob', memberId: w.memberId, ...periodInYear(spells, year), amount: w.workerSubsidy, inKind: null,
        fundingSource: null, providerKind: 'enterprise', providerName: workshop.operator, status: 'completed',
        outcome: `${workshop.name}${year}年就业补贴：务工${w.months}个月，本人${(w.workerSubsidy / 100).toFixed(2)}元，车间另获${(w.employerSubsidy / 100).toFixed(2)}元`,
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
export async function claimWorkshopSubsidy(ctx: AppContext, actor: Actor, workshopId: string, year: number): Promise<WorkshopSubsidyView> {
  requirePermission(actor, 'assistance:write');
  if (year > yearInChina(ctx.now())) throw new AppError('VALIDATION_FAILED', 'the year is in the future', { field: 'year' });
  const workshop = await requireWorkshop(ctx, actor, workshopId);
  const computed = await computeWorkshopSubsidyFor(ctx, actor, workshopId, year);
  const already = () => new AppError('MEASURE_DUPLICATE', `the ${year} subsidy of this workshop was already claimed${computed.claimedAt ? ` on ${computed.claimedAt}` : ''}`, { field: 'year' });
  if (computed.claimedAt !== null) throw already();
  const [reason] = computed.reasons;
  if (!computed.isEarned && reason) throw new AppError('WORKSHOP_SUBSIDY_NOT_EARNED', reason.message, { field: 'year' });
  const { citations } = await resolveWorkshopPolicy(ctx, workshop.villageCode, year);
  const workers = await findWorkers(ctx.db, workshopId);
  const at = ctx.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertClaim(trx, {
        id: uuidv7(), workshopId, villageCode: workshop.villageCode, year, qualifyingWorkers: computed.qualifyingWorkers,
        workerTotal: computed.workerTotal, employerTotal: computed.employerTotal, workers: JSON.stringify(computed.workers),
        policyValues: JSON.stringify(citations), claimedAt: at, claimedBy: actor.userId,
      });
      const measures = await recordWorkerMeasures(trx, actor, workshop, year, computed, workers, at);
      await recordAudit(trx, actor, {
        action: 'claim', entityType: 'workshopSubsidy', entityId: workshopId, regionCode: workshop.villageCode,
        details: { year, workerTotal: computed.workerTotal, employerTotal: computed.employerTotal, qualifyingWorkers: computed.qualifyingWorkers, measures },
      }, at);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'workshop_subsidies')) throw already();
    throw error;
  }
  return { ...computed, claimedAt: at };
}
