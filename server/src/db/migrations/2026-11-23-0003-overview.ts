import type { Kysely } from 'kysely';

/**
 * Indexes that let the region overview count a million households exactly, from indexes alone:
 * - households by region, status, type and main cause, with the member count to sum people: one
 *   pass grouped in index order, so no sort;
 * - households by region and other causes (the same, for "any cause");
 * - households by registration time (recently registered, newest first);
 * - incomes by year and per-capita amount, so each income bucket is one range of the index;
 * - record changes by sequence with their region, so the newest changes in a region are found by
 *   walking a narrow index backwards instead of the wide rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('households_overview_idx').on('households')
    .columns(['village_code', 'poverty_status', 'household_type', 'main_cause', 'member_count']).execute();
  await db.schema.createIndex('households_other_causes_idx').on('households').columns(['village_code', 'other_causes']).execute();
  await db.schema.createIndex('households_created_idx').on('households').columns(['created_at', 'village_code']).execute();
  await db.schema.createIndex('incomes_year_per_capita_idx').on('incomes').columns(['year', 'net_income_per_capita', 'village_code']).execute();
  await db.schema.createIndex('record_changes_seq_village_idx').on('record_changes').columns(['seq', 'village_code']).execute();
}
