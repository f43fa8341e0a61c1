import type { Kysely } from 'kysely';

/**
 * A scan no longer rewrites every open alert it finds again: an alert is written only when it is
 * raised, when its reasons change, or when a scan over its region no longer finds it (`cleared_at`,
 * `cleared_scan_id`; both empty again once a later scan finds it). The scan counts the alerts it
 * cleared.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('monitoring_alerts').addColumn('cleared_scan_id', 'text').execute();
  await db.schema.alterTable('monitoring_alerts').addColumn('cleared_at', 'text').execute();
  await db.schema.alterTable('monitoring_scans').addColumn('alerts_cleared', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
