import { sql, type Kysely } from 'kysely';
import { MONEY } from '../dialect.ts';

/**
 * Return-to-poverty monitoring: department feeds (batches with provenance, records matched to
 * members), rule settings per region and year, scans, and alerts (one open per household and risk;
 * `case_id` lets a monitoring case own its alerts later).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('feed_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_by_name', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'integer', (c) => c.notNull())
    .addColumn('rows_invalid', 'integer', (c) => c.notNull())
    .addColumn('rows_unmatched', 'integer', (c) => c.notNull())
    .addColumn('rows_inserted', 'integer', (c) => c.notNull())
    .addColumn('rows_updated', 'integer', (c) => c.notNull())
    .addColumn('rows_unchanged', 'integer', (c) => c.notNull())
    .addColumn('issue_count', 'integer', (c) => c.notNull())
    .addColumn('issues', 'text', (c) => c.notNull())
    .execute();
  // Re-sending the same file for the same region is recognised by its checksum.
  await db.schema.createIndex('feed_batches_checksum_uq').on('feed_batches').columns(['kind', 'region_code', 'checksum']).unique().execute();
  await db.schema.createIndex('feed_batches_region_idx').on('feed_batches').columns(['region_code', 'submitted_at']).execute();

  await db.schema.createTable('feed_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('feed_batches.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('amount', MONEY)
    .addColumn('amount2', MONEY)
    .addColumn('code', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feed_records_key_uq').on('feed_records').columns(['kind', 'row_key']).unique().execute();
  await db.schema.createIndex('feed_records_scan_idx').on('feed_records').columns(['kind', 'village_code', 'event_date']).execute();
  await db.schema.createIndex('feed_records_member_idx').on('feed_records').columns(['member_id', 'kind', 'event_date']).execute();

  await db.schema.createTable('monitoring_rule_settings')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer')
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitoring_rule_settings_pk', ['region_code', 'year', 'rule'])
    .execute();

  await db.schema.createTable('monitoring_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('income_year', 'integer')
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('steps_total', 'integer', (c) => c.notNull())
    .addColumn('steps_done', 'integer', (c) => c.notNull())
    .addColumn('current_step', 'text')
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('alerts_raised', 'integer', (c) => c.notNull())
    .addColumn('alerts_attached', 'integer', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('monitoring_scans_region_idx').on('monitoring_scans').columns(['region_code', 'started_at']).execute();

  await db.schema.createTable('monitoring_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('risk_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('reasons_digest', 'text', (c) => c.notNull())
    .addColumn('first_scan_id', 'text', (c) => c.notNull())
    .addColumn('last_scan_id', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('last_raised_at', 'text', (c) => c.notNull())
    .addColumn('raised_count', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('close_note', 'text')
    .execute();
  // At most one open alert per household and risk: a new signal attaches to it.
  await db.schema.createIndex('monitoring_alerts_open_uq').on('monitoring_alerts').columns(['household_id', 'risk_type']).unique()
    .where(sql.ref('status'), '=', 'open').execute();
  await db.schema.createIndex('monitoring_alerts_inbox_idx').on('monitoring_alerts').columns(['village_code', 'status', 'last_raised_at']).execute();
  await db.schema.createIndex('monitoring_alerts_case_idx').on('monitoring_alerts').column('case_id').execute();
}
