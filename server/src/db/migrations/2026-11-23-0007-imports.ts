import type { Kysely } from 'kysely';
import { addSerialKey } from '../dialect.ts';

/**
 * Spreadsheet imports as jobs: one row per uploaded file with its state and counts, and the
 * problems its check found (sheet, row, column, value, what is wrong) for the on-screen and
 * downloadable report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('import_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_bytes', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_valid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_invalid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('households_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('households_changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('households_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('households_invalid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('problem_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ignored_columns', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('import_jobs_region_idx').on('import_jobs').columns(['region_code', 'created_at']).execute();

  await addSerialKey(db, db.schema.createTable('import_problems'), 'seq')
    .addColumn('job_id', 'text', (c) => c.notNull().references('import_jobs.id'))
    .addColumn('sheet', 'text', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('column_label', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_problems_job_idx').on('import_problems').columns(['job_id', 'seq']).execute();
}
