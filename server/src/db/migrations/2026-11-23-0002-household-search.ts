import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Indexes that let household search answer from the index alone at a million households: each
 * covers its filter (name or number prefix, status, village) together with the region code and
 * the household number that pages are sorted and fetched by.
 * On PostgreSQL the text columns are indexed in the "C" collation, which the search compares in:
 * byte order keeps every extension of a prefix in one range, as on SQLite.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('households_head_name_idx').execute();
  await db.schema.dropIndex('households_status_idx').execute();
  await db.schema.dropIndex('households_village_idx').execute();
  if (isPostgres(db)) {
    await sql`create index households_head_name_idx on households (head_name collate "C", village_code, household_no collate "C")`.execute(db);
    await sql`create index households_no_village_idx on households (household_no collate "C", village_code)`.execute(db);
    await sql`create index households_status_idx on households (poverty_status, village_code, household_no collate "C")`.execute(db);
    await sql`create index households_village_idx on households (village_code, household_no collate "C", head_name collate "C")`.execute(db);
  } else {
    await db.schema.createIndex('households_head_name_idx').on('households').columns(['head_name', 'village_code', 'household_no']).execute();
    await db.schema.createIndex('households_no_village_idx').on('households').columns(['household_no', 'village_code']).execute();
    await db.schema.createIndex('households_status_idx').on('households').columns(['poverty_status', 'village_code', 'household_no']).execute();
    await db.schema.createIndex('households_village_idx').on('households').columns(['village_code', 'household_no', 'head_name']).execute();
  }
}
