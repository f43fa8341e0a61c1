import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * Households and members get integer keys instead of 36-character UUIDv7 text (a million households
 * must fit in under 2 GB of SQLite): on SQLite the key is the rowid itself (no separate unique
 * index), on PostgreSQL a bigint with its own sequence. Existing rows are numbered in the order of
 * their UUIDv7, i.e. the order they were created in, and every column that refers to them follows.
 *
 * The referring columns are found from the foreign keys to households and members (so a table
 * renamed by an earlier migration needs no change here), plus the two without one:
 * households.head_member_id and record_changes.household_id. Generic text columns that name records
 * of many kinds keep text and hold the key as a decimal string: record_changes.entity_id is
 * rewritten, and so are the ids inside its before/after images and inside the alerts' reasons.
 * audit_log is not touched: its entries are hash-chained and stay as they were written.
 */
const KEYED = ['households', 'members'] as const;
type Keyed = (typeof KEYED)[number];

interface Reference { table: string; column: string; target: Keyed }

const keysTable = (target: Keyed): string => `integer_keys_${target}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await numberRows(db);
    await convertPostgres(db);
  } else {
    // Rebuilding a parent table needs foreign keys off, and that cannot change inside a transaction.
    await sql`pragma foreign_keys = off`.execute(db);
    await sql`begin`.execute(db);
    try {
      await numberRows(db);
      await convertSqlite(db);
      const { rows } = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
      if (rows.length > 0) throw new Error(`integer keys: ${rows.length} broken references, e.g. in ${rows[0]?.table ?? '?'}`);
      await rewriteTextIds(db);
      await dropKeyTables(db);
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
    return;
  }
  await rewriteTextIds(db);
  await dropKeyTables(db);
}

/** uuid → integer for every household and member, in UUIDv7 (creation) order. */
async function numberRows(db: Kysely<unknown>): Promise<void> {
  for (const target of KEYED) {
    const keys = sql.table(keysTable(target));
    await sql`create table ${keys} (uuid text primary key, id bigint not null)`.execute(db);
    await sql`insert into ${keys} (uuid, id) select id, row_number() over (order by id) from ${sql.table(target)}`.execute(db);
  }
}

async function dropKeyTables(db: Kysely<unknown>): Promise<void> {
  for (const target of KEYED) await sql`drop table ${sql.table(keysTable(target))}`.execute(db);
}

const FIXED_REFERENCES: readonly Reference[] = [
  { table: 'households', column: 'id', target: 'households' },
  { table: 'households', column: 'head_member_id', target: 'members' },
  { table: 'members', column: 'id', target: 'members' },
  { table: 'record_changes', column: 'household_id', target: 'households' },
];

function withFixed(found: readonly Reference[]): Reference[] {
  const all = [...FIXED_REFERENCES];
  for (const r of found) if (!all.some((a) => a.table === r.table && a.column === r.column)) all.push(r);
  return all;
}

function byTable(references: readonly Reference[]): Map<string, Reference[]> {
  const tables = new Map<string, Reference[]>();
  for (const r of references) tables.set(r.table, [...(tables.get(r.table) ?? []), r]);
  return tables;
}

/** The new key of `column`'s text value (null when it names nothing). */
function keyOf(target: Keyed, table: string, column: string) {
  return sql`(select k.id from ${sql.table(keysTable(target))} k where k.uuid = ${sql.ref(`${table}.${column}`)})`;
}

async function convertSqlite(db: Kysely<unknown>): Promise<void> {
  const { rows: found } = await sql<Reference>`select m.name as "table", f."from" as "column", f."table" as target
    from sqlite_master m, pragma_foreign_key_list(m.name) f
    where m.type = 'table' and f."table" in ('households', 'members')`.execute(db);
  for (const [table, references] of byTable(withFixed(found))) await rebuildSqliteTable(db, table, references);
}

/** Recreates the table from its own definition with the key columns as integers, then its indexes. */
async function rebuildSqliteTable(db: Kysely<unknown>, table: string, references: readonly Reference[]): Promise<void> {
  const { rows: [definition] } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  if (!definition) throw new Error(`integer keys: no table ${table}`);
  const { rows: indexes } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
  const { rows: columns } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  const interim = `${table}__integer_keys`;
  let create = definition.sql.replace(/^CREATE TABLE\s+("?)[^\s"(]+\1/i, `CREATE TABLE "${interim}"`);
  for (const r of references) {
    const typed = new RegExp(`"${r.column}" text`);
    if (!typed.test(create)) throw new Error(`integer keys: cannot find ${table}.${r.column} as text`);
    create = create.replace(typed, `"${r.column}" integer`);
  }
  await sql.raw(create).execute(db);
  const values = columns.map(({ name }) => {
    const r = references.find((x) => x.column === name);
    return r ? keyOf(r.target, table, name) : sql.ref(`${table}.${name}`);
  });
  await sql`insert into ${sql.table(interim)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
    select ${sql.join(values)} from ${sql.table(table)}`.execute(db);
  await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table ${sql.table(interim)} rename to ${sql.table(table)}`.execute(db);
  for (const index of indexes) await sql.raw(index.sql).execute(db);
}

async function convertPostgres(db: Kysely<unknown>): Promise<void> {
  const { rows: constraints } = await sql<Reference & { name: string; definition: string }>`
    select cl.relname as "table", a.attname as "column", rcl.relname as target, con.conname as name, pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
      join pg_class cl on cl.oid = con.conrelid
      join pg_class rcl on rcl.oid = con.confrelid
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
    where con.contype = 'f' and rcl.relname in ('households', 'members')
      and cl.relnamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(db);
  for (const c of constraints) await sql`alter table ${sql.table(c.table)} drop constraint ${sql.id(c.name)}`.execute(db);
  for (const target of KEYED) {
    await sql`create function ${sql.id(`integer_key_of_${target}`)}(text) returns bigint language sql stable
      as ${sql.lit(`select id from ${keysTable(target)} where uuid = $1`)}`.execute(db);
  }
  for (const [table, references] of byTable(withFixed(constraints))) {
    const changes = references.map((r) => sql`alter column ${sql.ref(r.column)} type bigint using ${sql.id(`integer_key_of_${r.target}`)}(${sql.ref(r.column)})`);
    await sql`alter table ${sql.table(table)} ${sql.join(changes)}`.execute(db);
  }
  for (const target of KEYED) {
    const sequence = `${target}_id_seq`;
    await sql`create sequence ${sql.id(sequence)} owned by ${sql.ref(`${target}.id`)}`.execute(db);
    await sql`alter table ${sql.table(target)} alter column id set default nextval(${sql.lit(sequence)})`.execute(db);
    await sql`select setval(${sql.lit(sequence)}, coalesce(max(id), 0) + 1, false) from ${sql.table(target)}`.execute(db);
    await sql`drop function ${sql.id(`integer_key_of_${target}`)}(text)`.execute(db);
  }
  for (const c of constraints) await sql`alter table ${sql.table(c.table)} add constraint ${sql.id(c.name)} ${sql.raw(c.definition)}`.execute(db);
}

/** The same key as text where a column names records of many kinds. */
async function rewriteTextIds(db: Kysely<unknown>): Promise<void> {
  const households = sql.table(keysTable('households'));
  const members = sql.table(keysTable('members'));
  await sql`update record_changes set entity_id = (select cast(k.id as text) from ${households} k where k.uuid = record_changes.entity_id)
    where entity_type = 'household' and entity_id in (select uuid from ${households})`.execute(db);
  await sql`update record_changes set entity_id = (select cast(k.id as text) from ${members} k where k.uuid = record_changes.entity_id)
    where entity_type = 'member' and entity_id in (select uuid from ${members})`.execute(db);
  // An income's entity id is `<household id>/<year>`.
  await sql`update record_changes set entity_id = (select cast(k.id as text) from ${households} k where k.uuid = substr(record_changes.entity_id, 1, 36)) || substr(entity_id, 37)
    where entity_type = 'income' and substr(entity_id, 1, 36) in (select uuid from ${households})`.execute(db);
  for (const image of ['before', 'after']) {
    for (const [key, target] of [['householdId', 'households'], ['memberId', 'members'], ['headMemberId', 'members']] as const) {
      await rewriteImageKey(db, image, key, target);
    }
  }
  await rewriteReasons(db);
}

/** `record_changes.<image>`'s top-level `key`, a UUID, becomes the JSON number of the new key. */
async function rewriteImageKey(db: Kysely<unknown>, image: string, key: string, target: Keyed): Promise<void> {
  const keys = sql.table(keysTable(target));
  const column = sql.ref(image);
  if (isPostgres(db)) {
    await sql`update record_changes r set ${column} = jsonb_set(r.${column}::jsonb, ${sql.lit(`{${key}}`)}, to_jsonb(k.id))::text
      from ${keys} k where r.${column} like ${`%"${key}"%`} and k.uuid = r.${column}::jsonb ->> ${sql.lit(key)}`.execute(db);
    return;
  }
  const path = sql.lit(`$.${key}`);
  await sql`update record_changes set ${column} = json_set(${column}, ${path}, (select k.id from ${keys} k where k.uuid = json_extract(${column}, ${path})))
    where ${column} like ${`%"${key}"%`} and json_extract(${column}, ${path}) in (select uuid from ${keys})`.execute(db);
}

/** A feed reason names the member it concerns (`data.memberId`). */
async function rewriteReasons(db: Kysely<unknown>): Promise<void> {
  const members = sql.table(keysTable('members'));
  if (isPostgres(db)) {
    await sql`update monitoring_alerts a set reasons = (
        select coalesce(jsonb_agg(case when k.id is null then e.value else jsonb_set(e.value, '{data,memberId}', to_jsonb(k.id)) end order by e.ord), '[]'::jsonb)::text
        from jsonb_array_elements(a.reasons::jsonb) with ordinality e(value, ord) left join ${members} k on k.uuid = e.value #>> '{data,memberId}')
      where a.reasons like '%"memberId"%'`.execute(db);
    return;
  }
  await sql`update monitoring_alerts set reasons = (
      select json_group_array(case when k.id is null then json(e.value) else json_set(e.value, '$.data.memberId', k.id) end order by e.key)
      from json_each(monitoring_alerts.reasons) e left join ${members} k on k.uuid = json_extract(e.value, '$.data.memberId'))
    where reasons like '%"memberId"%'`.execute(db);
}
