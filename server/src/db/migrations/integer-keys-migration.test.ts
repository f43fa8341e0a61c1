import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration } from '../../../test/test-context.ts';
import { reserveSerialKeys } from '../dialect.ts';
import { migrateToLatest } from '../migrate.ts';

const PREVIOUS = '2026-11-23-0018-assistance-workshop-names';
const VILLAGE = '150602102202';
const AT = '2026-01-02T03:04:05.000Z';
// Created in this order (UUIDv7 sort by time); the second household is registered first.
const H1 = '01a209ed-a687-7148-9519-c28edc93dcc5';
const H2 = '01a209ec-0000-7000-8000-000000000001';
const M = ['01a209ed-a687-7148-9519-c28edc93dcc6', '01a209ed-a687-7148-9519-c28edc93dcc7', '01a209ec-0000-7000-8000-000000000002'];

async function insertHousehold(db: Kysely<unknown>, id: string, no: string, head: string): Promise<void> {
  await sql`insert into households (id, household_no, village_code, head_member_id, head_name, member_count, household_type, identification_standard, poverty_status, version, created_at, created_by, updated_at, updated_by)
    values (${id}, ${no}, ${VILLAGE}, ${head}, '王建国', 1, 'general', 'national', 'poor', 1, ${AT}, 'u', ${AT}, 'u')`.execute(db);
}

async function insertMember(db: Kysely<unknown>, id: string, householdId: string, n: number): Promise<void> {
  await sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_masked, id_tail, gender, birth_date, relation_to_head, labor_capacity)
    values (${id}, ${householdId}, ${VILLAGE}, ${`成员${n}`}, 'enc', ${`hash${n}`}, 'x', '0000', 'male', '1970-01-01', 'self', 'normal')`.execute(db);
}

async function writeRegistry(db: Kysely<unknown>): Promise<void> {
  await insertHousehold(db, H1, '15060210220200001', M[0] ?? '');
  await insertHousehold(db, H2, '15060210220200002', M[2] ?? '');
  await insertMember(db, M[0] ?? '', H1, 0);
  await insertMember(db, M[1] ?? '', H1, 1);
  await insertMember(db, M[2] ?? '', H2, 2);
  await sql`insert into incomes (household_id, village_code, year, household_size, wage_income, business_income, business_costs, property_income, transfer_income, transfer_items, net_income, net_income_per_capita, source, recorded_by, recorded_at)
    values (${H1}, ${VILLAGE}, 2025, 2, 100, 0, 0, 0, 0, '{}', 100, 50, 'entry', 'u', ${AT})`.execute(db);
  await sql`insert into assistance_measures (id, household_id, member_id, village_code, measure_type, start_date, status, created_at, created_by, updated_at, updated_by)
    values ('measure-1', ${H1}, ${M[1]}, ${VILLAGE}, 'industry', '2025-03-01', 'active', ${AT}, 'u', ${AT}, 'u')`.execute(db);
  const reasons = JSON.stringify([{ rule: 'medicalShock', data: { source: 'feed', recordIds: ['r1'], memberId: M[2] } }, { rule: 'incomeDrop', data: { source: 'income', year: 2025 } }]);
  await sql`insert into monitoring_alerts (id, household_id, village_code, risk_type, status, rules, reasons, first_scan_id, last_scan_id, raised_at, last_raised_at, raised_count)
    values ('alert-1', ${H2}, ${VILLAGE}, 'medical', 'open', '["medicalShock"]', ${reasons}, 's1', 's1', ${AT}, ${AT}, 1)`.execute(db);
  await sql`insert into assistance_workshops (id, village_code, name, operator, opened_on, created_at, created_by, updated_at) values ('w1', ${VILLAGE}, '车间', '某公司', '2024-01-01', ${AT}, 'u', ${AT})`.execute(db);
  await sql`insert into assistance_workshop_workers (id, household_id, member_id, village_code, assistance_workshop_id, started_on, monthly_wage, created_at, created_by, updated_at)
    values ('ww1', ${H1}, ${M[0]}, ${VILLAGE}, 'w1', '2025-01-01', 100000, ${AT}, 'u', ${AT})`.execute(db);
  const change = (type: string, entityId: string, after: object) => sql`insert into record_changes (household_id, village_code, entity_type, entity_id, action, changed_at, actor_id, actor_name, source, before, after)
    values (${H1}, ${VILLAGE}, ${type}, ${entityId}, 'create', ${AT}, 'u', 'u', 'entry', null, ${JSON.stringify(after)})`.execute(db);
  await change('household', H1, { householdNo: '15060210220200001', headMemberId: M[0] });
  await change('member', M[1] ?? '', { name: '成员1' });
  await change('income', `${H1}/2025`, { year: 2025 });
  await change('assistanceMeasure', 'measure-1', { householdId: H1, memberId: M[1] });
}

describeMigration('migration 0019 (integer keys) on a registry with data', PREVIOUS, (openBefore, kind) => {
  it('numbers households and members in creation order and points every reference at the new key', async () => {
    const handle = await openBefore();
    const db = handle.db as unknown as Kysely<unknown>;
    await writeRegistry(db);

    await migrateToLatest(db);

    const { db: typed } = handle;
    // H2 and its member were created first.
    expect(await typed.selectFrom('households').select(['id', 'householdNo', 'headMemberId']).orderBy('id').execute()).toEqual([
      { id: 1, householdNo: '15060210220200002', headMemberId: 1 },
      { id: 2, householdNo: '15060210220200001', headMemberId: 2 },
    ]);
    expect(await typed.selectFrom('members').select(['id', 'householdId', 'name']).orderBy('id').execute()).toEqual([
      { id: 1, householdId: 1, name: '成员2' }, { id: 2, householdId: 2, name: '成员0' }, { id: 3, householdId: 2, name: '成员1' },
    ]);
    expect(await typed.selectFrom('incomes').select(['householdId', 'year']).execute()).toEqual([{ householdId: 2, year: 2025 }]);
    expect(await typed.selectFrom('assistanceMeasures').select(['householdId', 'memberId']).execute()).toEqual([{ householdId: 2, memberId: 3 }]);
    expect(await typed.selectFrom('assistanceWorkshopWorkers').select(['householdId', 'memberId']).execute()).toEqual([{ householdId: 2, memberId: 2 }]);
    const alert = await typed.selectFrom('monitoringAlerts').select(['householdId', 'reasons']).executeTakeFirstOrThrow();
    expect(alert.householdId).toBe(1);
    expect((JSON.parse(alert.reasons) as { data: { memberId?: number } }[]).map((r) => r.data.memberId)).toEqual([1, undefined]);
    const changes = await typed.selectFrom('recordChanges').select(['householdId', 'entityType', 'entityId', 'after']).orderBy('seq').execute();
    expect(changes.map((c) => [c.householdId, c.entityType, c.entityId])).toEqual([
      [2, 'household', '2'], [2, 'member', '3'], [2, 'income', '2/2025'], [2, 'assistanceMeasure', 'measure-1'],
    ]);
    expect(JSON.parse(changes[0]?.after ?? '{}')).toEqual({ householdNo: '15060210220200001', headMemberId: 2 });
    expect(JSON.parse(changes[3]?.after ?? '{}')).toEqual({ householdId: 2, memberId: 3 });

    // References hold: a member of a household that does not exist is refused.
    await expect(sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_masked, id_tail, gender, birth_date, relation_to_head, labor_capacity)
      values (9, 99, ${VILLAGE}, 'x', 'enc', 'hash9', 'x', '0000', 'male', '1970-01-01', 'self', 'normal')`.execute(db)).rejects.toThrow();
    // New keys continue after the last one, and a key given by the database follows them.
    const reserved = await typed.transaction().execute((trx) => reserveSerialKeys(trx, 'households', 2));
    expect(reserved).toEqual([3, 4]);
    const { rows } = await sql<{ id: number }>`insert into households (household_no, village_code, head_name, member_count, household_type, identification_standard, poverty_status, version, created_at, created_by, updated_at, updated_by)
      values ('15060210220200003', ${VILLAGE}, '李四', 0, 'general', 'national', 'poor', 1, ${AT}, 'u', ${AT}, 'u') returning id`.execute(db);
    expect(Number(rows[0]?.id)).toBeGreaterThanOrEqual(kind === 'postgres' ? 5 : 3);
  });
});
