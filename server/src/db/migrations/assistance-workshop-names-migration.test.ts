import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration } from '../../../test/test-context.ts';
import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { migrateUpTo } from '../migrate.ts';

const PREVIOUS = '2026-11-23-0017-scan-speed';
const VILLAGE = '150602102202';
const HOUSEHOLD = '01a209ed-a687-7148-9519-c28edc93dcd5';
const MEMBER = '01a209ed-a687-7148-9519-c28edc93dcd6';
const WORKSHOP = '01a209ed-a687-7148-9519-c28edc93dcd7';
const AT = '2026-01-02T03:04:05.000Z';

/** A workshop in the village with one worker and the 2025 claim, written under the names before migration 0018. */
async function insertWorkshopUnderOldNames(db: Db): Promise<void> {
  await sql`insert into households (id, household_no, village_code, head_member_id, head_name, member_count, household_type, identification_standard, poverty_status, version, created_at, created_by, updated_at, updated_by)
    values (${HOUSEHOLD}, '15060210220200002', ${VILLAGE}, ${MEMBER}, '李秀英', 1, 'general', 'national', 'poor', 1, ${AT}, 'u', ${AT}, 'u')`.execute(db);
  await sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_masked, id_tail, gender, birth_date, relation_to_head, labor_capacity)
    values (${MEMBER}, ${HOUSEHOLD}, ${VILLAGE}, '李秀英', 'enc', 'hash', 'x', '0028', 'female', '1980-02-02', 'self', 'ordinary')`.execute(db);
  await sql`insert into workshops (id, village_code, name, operator, industry, contact, opened_on, created_at, created_by, updated_at)
    values (${WORKSHOP}, ${VILLAGE}, '九成功扶贫车间', '某服饰有限公司', '服装', null, '2024-01-01', ${AT}, 'u', ${AT})`.execute(db);
  await sql`insert into workshop_workers (id, household_id, member_id, village_code, measure_id, workshop_id, started_on, ended_on, monthly_wage, created_at, created_by, updated_at)
    values ('worker-1', ${HOUSEHOLD}, ${MEMBER}, ${VILLAGE}, null, ${WORKSHOP}, '2025-04-01', '2025-06-30', 250000, ${AT}, 'u', ${AT})`.execute(db);
  await sql`insert into workshop_subsidies (id, workshop_id, village_code, year, qualifying_workers, worker_total, employer_total, workers, policy_values, claimed_at, claimed_by)
    values ('claim-2025', ${WORKSHOP}, ${VILLAGE}, 2025, 1, 36000, 36000, '[]', '[]', ${AT}, 'u')`.execute(db);
}

/** Every table, index and constraint whose name mentions a workshop, with the SQL that defines it on SQLite. */
async function workshopSchemaObjects(db: Db): Promise<{ name: string; definition: string }[]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ name: string; definition: string }>`
      select c.relname as name, '' as definition from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relname like '%workshop%'
      union all
      select conname, pg_get_constraintdef(oid) from pg_constraint where connamespace = current_schema()::regnamespace and conname like '%workshop%'
      order by 1`.execute(db);
    return rows;
  }
  const { rows } = await sql<{ name: string; definition: string | null }>`select name, sql as definition from sqlite_master where name like '%workshop%' or sql like '%workshop%' order by name`.execute(db);
  return rows.map((r) => ({ name: r.name, definition: r.definition ?? '' }));
}

describeMigration('migration 0018 on a database with an assistance workshop', PREVIOUS, (openBefore) => {
  it('keeps the workshop, its worker and its claim under the new names, with their keys and indexes', async () => {
    const { db } = await openBefore();
    await insertWorkshopUnderOldNames(db);

    await migrateUpTo(db, '2026-11-23-0018-assistance-workshop-names');

    expect(await db.selectFrom('assistanceWorkshops').select(['id', 'villageCode', 'name', 'operator', 'openedOn']).execute())
      .toEqual([{ id: WORKSHOP, villageCode: VILLAGE, name: '九成功扶贫车间', operator: '某服饰有限公司', openedOn: '2024-01-01' }]);
    const workers = await db.selectFrom('assistanceWorkshopWorkers').select(['id', 'assistanceWorkshopId', 'memberId', 'householdId', 'startedOn', 'endedOn', 'monthlyWage']).execute();
    expect(workers.map((w) => ({ ...w, monthlyWage: Number(w.monthlyWage) }))).toEqual([
      { id: 'worker-1', assistanceWorkshopId: WORKSHOP, memberId: MEMBER, householdId: HOUSEHOLD, startedOn: '2025-04-01', endedOn: '2025-06-30', monthlyWage: 250_000 },
    ]);
    const claims = await db.selectFrom('assistanceWorkshopSubsidies').select(['id', 'assistanceWorkshopId', 'year', 'workerTotal']).execute();
    expect(claims.map((c) => ({ ...c, workerTotal: Number(c.workerTotal) }))).toEqual([{ id: 'claim-2025', assistanceWorkshopId: WORKSHOP, year: 2025, workerTotal: 36_000 }]);

    // The keys still hold: a second claim for the year, and a worker of a workshop that does not exist, are refused.
    await expect(sql`insert into assistance_workshop_subsidies (id, assistance_workshop_id, village_code, year, qualifying_workers, worker_total, employer_total, workers, policy_values, claimed_at, claimed_by)
      values ('claim-again', ${WORKSHOP}, ${VILLAGE}, 2025, 1, 0, 0, '[]', '[]', ${AT}, 'u')`.execute(db)).rejects.toThrow(/assistance_workshop_subsidies/);
    await expect(sql`insert into assistance_workshop_workers (id, household_id, member_id, village_code, assistance_workshop_id, started_on, monthly_wage, created_at, created_by, updated_at)
      values ('worker-2', ${HOUSEHOLD}, ${MEMBER}, ${VILLAGE}, 'no-such-workshop', '2025-01-01', 1, ${AT}, 'u', ${AT})`.execute(db)).rejects.toThrow();

    // Nothing in the schema is still named after (or points at) the old tables.
    const objects = await workshopSchemaObjects(db);
    expect(objects.map((o) => o.name)).toEqual(expect.arrayContaining([
      'assistance_workshops', 'assistance_workshop_workers', 'assistance_workshop_subsidies', 'assistance_workshops_village_idx',
      'assistance_workshop_workers_assistance_workshop_idx', 'assistance_workshop_workers_village_idx',
      'assistance_workshop_subsidies_year_uq', 'assistance_workshop_subsidies_village_idx',
    ]));
    expect(objects.filter((o) => /(?<!assistance_)workshop/.test(`${o.name} ${o.definition}`))).toEqual([]);
  });
});
