import type { Kysely } from 'kysely';

/**
 * The alerts' inbox index without `last_raised_at`: every query that reads it narrows the village
 * code to a range (a region's subtree), so the index never gave the inbox its order (both engines
 * sort the range's alerts), yet each repeat scan moved the entry of every alert it saw again,
 * because the time it was last raised changed. Region and status are all it serves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('monitoring_alerts_inbox_idx').execute();
  await db.schema.createIndex('monitoring_alerts_inbox_idx').on('monitoring_alerts').columns(['village_code', 'status']).execute();
}
