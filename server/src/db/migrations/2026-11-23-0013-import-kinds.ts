import type { Kysely } from 'kysely';

/**
 * Imports of other kinds than households (incomes, basic-needs checks, pairings, measures): each
 * job says what kind of rows its file holds. Jobs from before were all household imports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('import_jobs').addColumn('kind', 'text', (c) => c.notNull().defaultTo('households')).execute();
}
