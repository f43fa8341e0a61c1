import type { Config } from '../../config/config.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { createDemoCountyGenerator, type DemoCountyOptions } from './demo-generator.ts';
import { packDemoBatch, type DemoBatch } from './demo-batch.ts';
import { buildDemoRows, type DemoRows } from './demo-rows.ts';
import { askInOrder, startTypeScriptWorker } from '../../workers/typescript-worker.ts';

/** What to generate: the county, how many households, in batches of how many, stamped when. */
export interface DemoBatchPlan {
  county: DemoCountyOptions;
  households: number;
  batchSize: number;
  /** A smaller first batch gets the inserts going sooner while the generator works ahead. */
  firstBatchSize?: number;
  at: string;
}

/** Batches of ready-to-insert rows, in generation order. */
export interface DemoBatchSource {
  /** The next batch, or undefined once every household has been handed out. */
  next(): Promise<DemoBatch | undefined>;
  close(): Promise<void>;
}

/** Generates and encrypts on the calling thread. */
export function createInlineBatchSource(plan: DemoBatchPlan, cipher: PersonalDataCipher): DemoBatchSource {
  const generator = createDemoCountyGenerator(plan.county);
  let produced = 0;
  return {
    next() {
      if (produced >= plan.households) return Promise.resolve(undefined);
      const wanted = produced === 0 ? (plan.firstBatchSize ?? plan.batchSize) : plan.batchSize;
      const size = Math.min(wanted, plan.households - produced);
      const rows: DemoRows[] = [];
      const keys = { households: 0, members: 0 };
      for (let i = 0; i < size; i++) rows.push(buildDemoRows(generator.nextHousehold(), cipher, plan.at, keys));
      produced += size;
      return Promise.resolve(packDemoBatch(rows));
    },
    close: () => Promise.resolve(),
  };
}

export interface DemoWorkerInput {
  plan: DemoBatchPlan;
  config: Config;
}

/** A batch travels as JSON text: one string is copied across threads in one go. */
export type DemoWorkerReply = { json: string | null } | { error: string };

/**
 * Generates and encrypts on a worker thread, one batch ahead of the caller, so that generation
 * overlaps with the caller's inserts.
 */
export function createWorkerBatchSource(plan: DemoBatchPlan, config: Config): DemoBatchSource {
  const worker = startTypeScriptWorker(new URL('./demo.worker.ts', import.meta.url), {
    workerData: { plan, config } satisfies DemoWorkerInput,
    // Generating allocates many short-lived objects; a larger young generation means far fewer scavenges.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });

  const ask = askInOrder<'next', Exclude<DemoWorkerReply, { error: string }>>(worker, 'demo generator');
  const request = () => ask('next').then((reply) => (reply.json === null ? undefined : (JSON.parse(reply.json) as DemoBatch)));
  let ahead = request();
  // A failure is reported by the next() that meets it, not as an unhandled rejection.
  ahead.catch(() => undefined);
  return {
    next() {
      const current = ahead;
      ahead = current.then((batch) => (batch ? request() : undefined));
      ahead.catch(() => undefined);
      return current;
    },
    async close() {
      await worker.terminate();
    },
  };
}
