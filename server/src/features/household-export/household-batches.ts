import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { HouseholdFilter } from '../households/household-search.repository.ts';
import { findHouseholdBatch, findRegionNames, findVillagesWithHouseholds, type ExportHouseholdRow, type IdNumberForm } from './household-export.repository.ts';

export interface HouseholdBatch {
  households: ExportHouseholdRow[];
  villageNames: ReadonlyMap<string, string>;
}

/** Households read per query; each batch is written before the next is read. */
export const DEFAULT_BATCH_SIZE = 1000;

export interface BatchOptions {
  batchSize?: number | undefined;
  /** How the head's ID number comes with each household (default masked). */
  idForm?: IdNumberForm;
}

/**
 * The households matching the filter in the actor's region, by village and household number, a
 * batch at a time (keyset pagination within each village), so an export of any size reads in
 * flat memory and never skips or repeats a household.
 */
export async function* readHouseholdBatches(ctx: AppContext, actor: Actor, filter: HouseholdFilter, options: BatchOptions = {}): AsyncGenerator<HouseholdBatch> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const villages = await findVillagesWithHouseholds(ctx.db, actor, filter.regionCode);
  const villageNames = await findRegionNames(ctx.db, villages);
  for (const villageCode of villages) {
    let after: string | null = null;
    for (;;) {
      const households = await findHouseholdBatch(ctx.db, actor, filter, villageCode, after, batchSize, options.idForm);
      if (households.length) yield { households, villageNames };
      const last = households.at(-1);
      if (!last || households.length < batchSize) break;
      after = last.householdNo;
    }
  }
}
