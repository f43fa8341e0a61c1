import { sql, type Kysely } from 'kysely';

/**
 * A scan's record says when it last moved (started, began a county, wrote one): a running scan
 * that has not moved for a while is taken to have died with its process, sooner than an hour
 * after it started. Earlier scans take the time they finished or started.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('monitoring_scans').addColumn('progressed_at', 'text').execute();
  await sql`update monitoring_scans set progressed_at = coalesce(finished_at, started_at)`.execute(db);
}
