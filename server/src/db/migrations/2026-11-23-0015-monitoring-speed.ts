import type { Kysely } from 'kysely';

/**
 * An index for the monitoring scan at a million households: a region's incomes in household order
 * with the per-capita figure, so the income pass (this year against last year for every household)
 * is one walk over the index without touching the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('incomes_scan_idx').on('incomes').columns(['village_code', 'household_id', 'year', 'net_income_per_capita']).execute();
}
