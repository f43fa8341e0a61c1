import type { Kysely } from 'kysely';

/**
 * Facts the education aid rules need and the registry lacked, and the record a procedure leaves in
 * a household's history:
 * - members: boarding at school (寄宿; null = not recorded, counted as a day student), the year a
 *   student entered higher education (the cohort rules; null = derived from the grade), studying
 *   outside the home region (the entrants' grant; null = not recorded) and orphan (孤儿);
 * - record_changes: the id of what caused a change when its source is a record of ours (the
 *   procedure whose step changed the household's status), beside the source itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('members').addColumn('is_boarding', 'integer').execute();
  await db.schema.alterTable('members').addColumn('university_entry_year', 'integer').execute();
  await db.schema.alterTable('members').addColumn('studies_out_of_region', 'integer').execute();
  await db.schema.alterTable('members').addColumn('is_orphan', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('record_changes').addColumn('source_id', 'text').execute();
}
