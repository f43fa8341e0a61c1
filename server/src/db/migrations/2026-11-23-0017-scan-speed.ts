import type { Kysely } from 'kysely';

/**
 * The scan writes its alerts set-based in SQL and compares nothing by digest: the reasons digest,
 * never read, goes (a repeat scan no longer hashes every alert's reasons in JavaScript).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('monitoring_alerts').dropColumn('reasons_digest').execute();
}
