import { sql, type Kysely } from 'kysely';
import { isPostgres, MONEY } from '../dialect.ts';

/**
 * A smaller registry (a million households must fit in a few GB of SQLite):
 * - incomes are keyed by household and year, with no id of their own (on SQLite a WITHOUT ROWID
 *   table, so the key is the table and the separate unique index goes), and keep only the non-zero
 *   transfer items;
 * - members lose created_at/updated_at: their history is in record_changes;
 * - encrypted values lose the key id in front of every value (`keyid.payload` → `payload`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyIncomes(db);
  await db.schema.alterTable('members').dropColumn('created_at').execute();
  await db.schema.alterTable('members').dropColumn('updated_at').execute();
  await unframeEncrypted(db, 'members', 'id_number_enc');
  await unframeEncrypted(db, 'households', 'bank_account_enc');
}

async function rekeyIncomes(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table incomes drop constraint incomes_household_year_uq`.execute(db);
    await sql`alter table incomes drop column id`.execute(db);
    await sql`alter table incomes add constraint incomes_pkey primary key (household_id, year)`.execute(db);
    await sql`update incomes set transfer_items = (
      select coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)::text from jsonb_each(incomes.transfer_items::jsonb) e where e.value <> '0'::jsonb)`.execute(db);
    return;
  }
  await db.schema.createTable('incomes_keyed')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('household_size', 'integer', (c) => c.notNull())
    .addColumn('wage_income', MONEY, (c) => c.notNull())
    .addColumn('business_income', MONEY, (c) => c.notNull())
    .addColumn('business_costs', MONEY, (c) => c.notNull())
    .addColumn('property_income', MONEY, (c) => c.notNull())
    .addColumn('transfer_income', MONEY, (c) => c.notNull())
    .addColumn('transfer_items', 'text', (c) => c.notNull())
    .addColumn('medical_expenses', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('schooling_expenses', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('net_income', MONEY, (c) => c.notNull())
    .addColumn('net_income_per_capita', MONEY, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incomes_pkey', ['household_id', 'year'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into incomes_keyed
    select household_id, village_code, year, household_size, wage_income, business_income, business_costs, property_income,
      transfer_income, (select json_group_object(key, value) from json_each(incomes.transfer_items) where value <> 0),
      medical_expenses, schooling_expenses, net_income, net_income_per_capita, source, recorded_by, recorded_at
    from incomes`.execute(db);
  await db.schema.dropTable('incomes').execute();
  await sql`alter table incomes_keyed rename to incomes`.execute(db);
  await db.schema.createIndex('incomes_village_year_idx').on('incomes').columns(['village_code', 'year']).execute();
  await db.schema.createIndex('incomes_year_per_capita_idx').on('incomes').columns(['year', 'net_income_per_capita', 'village_code']).execute();
  await db.schema.createIndex('incomes_scan_idx').on('incomes').columns(['village_code', 'household_id', 'year', 'net_income_per_capita']).execute();
}

/** Drops the `keyid.` in front of each value; the key check in the settings keeps it. */
async function unframeEncrypted(db: Kysely<unknown>, table: string, column: string): Promise<void> {
  const ref = sql.ref(column);
  const payload = isPostgres(db) ? sql`split_part(${ref}, '.', 2)` : sql`substr(${ref}, instr(${ref}, '.') + 1)`;
  const framed = isPostgres(db) ? sql`strpos(${ref}, '.') > 0` : sql`instr(${ref}, '.') > 0`;
  await sql`update ${sql.table(table)} set ${ref} = ${payload} where ${framed}`.execute(db);
}
