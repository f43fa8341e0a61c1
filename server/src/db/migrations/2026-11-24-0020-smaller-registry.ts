import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Frozen: the registry in fewer bytes (millions of rows, every byte counts). Members keep less of each ID number:
 * - the keyed lookup hash is cut from 128 to 96 bits (16 base64url characters, a prefix of the old
 *   value, so it is cut in place). It is keyed, and a chance collision among 10^8 people is about
 *   10^-13: still a safe unique key for "one person, one household";
 * - the masked ID number is no longer stored but generated from its first four characters (new
 *   column `id_prefix`) and the last four (`id_tail`, already stored for lookup), as every stored
 *   ID number has 18 characters: virtual on SQLite (no bytes on disk), stored on PostgreSQL (which
 *   has no virtual generated columns before version 18).
 * - the member lookup by the ID number's last four characters (about 300 members at a million
 *   households share a tail) checks the region on the rows found: the index holds the tail only.
 * On SQLite `households_no_village_idx` goes: the unique index of the household number serves its
 * prefix ranges in the same (byte) order. PostgreSQL keeps it, its copy of the number in "C" order.
 * `households_created_idx` goes on both: recent registrations are found by key, as keys are handed
 * out in the order of registration (features/overview/overview.repository.ts).
 * Incomes store their transfer items as the amounts in a fixed order (features/incomes/
 * transfer-items-store.ts) instead of a JSON object with the names: `,,,453700,,113200`.
 * And on SQLite, `deferred_indexes`: the definitions of indexes a bulk load has dropped until it
 * builds them again (db/deferred-indexes.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('members').addColumn('id_prefix', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update members set id_prefix = substr(id_masked, 1, 4), id_hash = substr(id_hash, 1, 16)`.execute(db);
  await db.schema.alterTable('members').dropColumn('id_masked').execute();
  const masked = sql`(id_prefix || '**********' || id_tail)`;
  await sql`alter table members add column id_masked text generated always as ${masked} ${sql.raw(isPostgres(db) ? 'stored' : 'virtual')}`.execute(db);
  await db.schema.dropIndex('members_id_tail_idx').execute();
  await db.schema.createIndex('members_id_tail_idx').on('members').column('id_tail').execute();

  if (!isPostgres(db)) await db.schema.dropIndex('households_no_village_idx').execute();
  await db.schema.dropIndex('households_created_idx').execute();

  await sql`update incomes set transfer_items = ${positionalItems(db)}`.execute(db);

  if (!isPostgres(db)) {
    await db.schema.createTable('deferred_indexes')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('sql', 'text', (c) => c.notNull())
      .execute();
  }
}

/** The order of the positional form, frozen with this migration (as core's TRANSFER_ITEM_KEYS was then). */
const ITEMS = ['familyPlanning', 'dibao', 'extremePovertySupport', 'pension', 'ecologicalCompensation', 'disabilityAllowance', 'agriculturalSubsidy', 'other'];

/** The JSON object of non-zero items, rewritten as comma-separated amounts with zeros and trailing commas left out. */
function positionalItems(db: Kysely<unknown>): RawBuilder<string> {
  const amount = (key: string) => (isPostgres(db)
    ? sql`coalesce(nullif(transfer_items::jsonb ->> ${key}, '0'), '')`
    : sql`coalesce(nullif(json_extract(transfer_items, ${`$.${key}`}), 0), '')`);
  return sql<string>`rtrim(${sql.join(ITEMS.map(amount), sql` || ',' || `)}, ',')`;
}
