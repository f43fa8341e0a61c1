import { sql, type Kysely } from 'kysely';

/**
 * The alerts' case index holds only the alerts a case owns: most alerts wait without one, and a
 * scan raising hundreds of thousands of alerts wrote an index entry of NULL for each. Every query
 * that reads it names a case (`case_id = ?`) or asks for alerts that have one (`is not null`); the
 * inbox's "waiting for a case" list never used it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitoring_alerts_case_idx').execute();
  await db.schema.createIndex('monitoring_alerts_case_idx').on('monitoring_alerts').column('case_id')
    .where(sql.ref('case_id'), 'is not', null).execute();
}
