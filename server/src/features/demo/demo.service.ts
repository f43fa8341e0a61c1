import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { buildDeferredIndexes, deferIndexes } from '../../db/deferred-indexes.ts';
import { AppError } from '../../errors/app-error.ts';
import { createInlineBatchSource, createWorkerBatchSource, type DemoBatchPlan } from './demo-batches.ts';
import { chooseDemoVillages } from './demo-county.ts';
import { DEFAULT_REFERENCE_DATE } from './demo-generator.ts';
import { DEMO_TABLES, type DemoBatch } from './demo-batch.ts';
import { analyzeRegistryTables, createDemoRowWriter, findCountyRegions, findRegionByCode, hasHouseholds, isRegistryEmpty } from './demo-load.repository.ts';

export const DEMO_COUNTY_CODE = '150602';
export const MAX_DEMO_HOUSEHOLDS = 5_000_000;
/** Households per transaction: large enough to amortise the commit, small enough to keep the WAL modest. */
const BATCH_SIZE = 10_000;
const FIRST_BATCH_SIZE = 2_000;
/** From this size on, generation and encryption run on a worker thread, overlapping the inserts. */
const WORKER_THRESHOLD = 20_000;

export interface DemoLoadOptions {
  households: number;
  seed: string;
  countyCode: string;
  /** Called after every committed batch with the number of households loaded so far. */
  onProgress?: (loaded: number) => void;
  /** Generate on a worker thread; by default only for large loads. */
  useWorker?: boolean;
  /** Called when every batch is in and the indexes of a first load are being built. */
  onIndexing?: () => void;
}

export interface DemoLoadResult {
  countyCode: string;
  countyName: string;
  villages: number;
  households: number;
  members: number;
  incomes: number;
  basicNeedsChecks: number;
}

async function resolveDemoCounty(ctx: AppContext, actor: Actor, countyCode: string) {
  const county = await findRegionByCode(ctx.db, countyCode);
  if (!county || county.level !== 'county') {
    throw new AppError('REGION_UNKNOWN', `${countyCode} is not a county in the loaded regions`, { field: 'region' });
  }
  if (await hasHouseholds(ctx.db, actor, countyCode)) {
    throw new AppError('VALIDATION_FAILED', `${county.name} (${countyCode}) already has households; the demo county loads only into a county without any`, { field: 'region' });
  }
  const villages = chooseDemoVillages(await findCountyRegions(ctx.db, countyCode));
  if (villages.length === 0) {
    throw new AppError('VALIDATION_FAILED', `${county.name} (${countyCode}) has no villages in the loaded regions`, { field: 'region' });
  }
  const province = await findRegionByCode(ctx.db, countyCode.slice(0, 2));
  return { county, villages, provinceName: province?.name ?? '' };
}

/**
 * Generates a synthetic county (deterministic for a seed) and writes it in large transactions.
 * The first transaction also carries the one audit entry for the whole load.
 */
export async function loadDemoCounty(ctx: AppContext, actor: Actor, options: DemoLoadOptions): Promise<DemoLoadResult> {
  if (!Number.isInteger(options.households) || options.households < 1 || options.households > MAX_DEMO_HOUSEHOLDS) {
    throw new AppError('VALIDATION_FAILED', `the number of households must be a whole number from 1 to ${MAX_DEMO_HOUSEHOLDS}`, { field: 'households' });
  }
  const { county, villages, provinceName } = await resolveDemoCounty(ctx, actor, options.countyCode);
  const at = ctx.now().toISOString();
  const plan: DemoBatchPlan = {
    county: { seed: options.seed, countyCode: county.code, countyName: county.name, provinceName, villages },
    households: options.households, batchSize: BATCH_SIZE, firstBatchSize: FIRST_BATCH_SIZE, at,
  };
  const useWorker = options.useWorker ?? options.households >= WORKER_THRESHOLD;
  const source = useWorker ? createWorkerBatchSource(plan, ctx.config) : createInlineBatchSource(plan, ctx.cipher);
  const writer = createDemoRowWriter(ctx.database);
  // The first load into an empty registry (SQLite) builds its indexes at the end: faster, and smaller.
  const deferringOn = ctx.database.sqlite && await isRegistryEmpty(ctx.db) ? ctx.database.sqlite : undefined;
  if (deferringOn) deferIndexes(deferringOn, DEMO_TABLES);
  let result: DemoLoadResult = {
    countyCode: county.code, countyName: county.name, villages: villages.length,
    households: 0, members: 0, incomes: 0, basicNeedsChecks: 0,
  };
  try {
    for (let batch = await source.next(); batch; batch = await source.next()) {
      const rows = batch;
      const isFirst = result.households === 0;
      await ctx.db.transaction().execute(async (trx) => {
        await writer.write(trx, rows);
        // The first transaction carries the audit entry, so no demo row is ever written unaudited.
        if (isFirst) {
          await recordAudit(trx, actor, {
            action: 'demo.load', entityType: 'region', entityId: county.code, regionCode: county.code,
            details: { seed: options.seed, households: options.households, villages: villages.length, referenceDate: DEFAULT_REFERENCE_DATE },
          }, at);
        }
      });
      result = tally(result, rows);
      options.onProgress?.(result.households);
    }
  } catch (error) {
    if (result.households === 0) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the demo load stopped after ${result.households} of ${options.households} households, which stay loaded: ${reason}`, { cause: error });
  } finally {
    await source.close();
    if (deferringOn) {
      options.onIndexing?.();
      buildDeferredIndexes(deferringOn);
    }
  }
  await analyzeRegistryTables(ctx.database);
  return result;
}

function tally(sofar: DemoLoadResult, batch: DemoBatch): DemoLoadResult {
  return {
    ...sofar,
    households: sofar.households + batch.households.rows.length,
    members: sofar.members + batch.members.rows.length,
    incomes: sofar.incomes + batch.incomes.rows.length,
    basicNeedsChecks: sofar.basicNeedsChecks + batch.basic_needs_checks.rows.length,
  };
}
