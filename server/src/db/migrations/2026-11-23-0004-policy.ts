import type { Kysely } from 'kysely';

/**
 * Frozen: policy values set by regions (every version kept; a replaced one is marked superseded,
 * never overwritten) and the village and county exit evaluation reports recorded with their evidence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('policy_values')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('parameter', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'integer', (c) => c.notNull())
    .addColumn('valid_to', 'integer')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .addColumn('superseded_by_name', 'text')
    .execute();
  await db.schema.createIndex('policy_values_region_idx').on('policy_values').columns(['region_code', 'parameter', 'valid_from']).execute();

  await db.schema.createTable('exit_evaluation_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    // The village or county code the report is about: region filters work on it like on villages.
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exit_evaluation_reports_region_idx').on('exit_evaluation_reports').columns(['village_code', 'level', 'year']).execute();
}
