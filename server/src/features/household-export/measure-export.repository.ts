import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import { applyFilter, type HouseholdFilter } from '../households/household-search.repository.ts';

/** Assistance measures recorded for the households matching the filter. */
export function countMatchingMeasures(db: Db, actor: Actor, filter: HouseholdFilter): Promise<number> {
  return db.selectFrom('assistanceMeasures').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assistanceMeasures.householdId', 'in', applyFilter(db, actor, filter).select('households.id'))
    .where(inActorRegion(actor, 'assistanceMeasures', filter.regionCode))
    .executeTakeFirstOrThrow().then((r) => Number(r.n));
}

/** These households' measures by start date, with the name of the member a measure is for. */
export function findMeasuresOf(db: Db, actor: Actor, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assistanceMeasures')
    .leftJoin('members', 'members.id', 'assistanceMeasures.memberId')
    .select([
      'assistanceMeasures.householdId', 'assistanceMeasures.measureType', 'assistanceMeasures.startDate', 'assistanceMeasures.endDate',
      'assistanceMeasures.amount', 'assistanceMeasures.inKind', 'assistanceMeasures.fundingSource', 'assistanceMeasures.providerKind',
      'assistanceMeasures.providerName', 'assistanceMeasures.status', 'assistanceMeasures.outcome', 'members.name as memberName',
    ])
    .where('assistanceMeasures.householdId', 'in', [...householdIds]).where(inActorRegion(actor, 'assistanceMeasures'))
    .orderBy('assistanceMeasures.startDate').orderBy('assistanceMeasures.id').execute();
}

export type ExportMeasureRow = Awaited<ReturnType<typeof findMeasuresOf>>[number];
