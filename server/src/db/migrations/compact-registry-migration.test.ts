import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration } from '../../../test/test-context.ts';
import { createPersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { migrateUpTo } from '../migrate.ts';

const PREVIOUS = '2026-11-23-0015-monitoring-speed';
const HOUSEHOLD = '01a209ed-a687-7148-9519-c28edc93dcc5';
const MEMBERS = ['01a209ed-a687-7148-9519-c28edc93dcc6', '01a209ed-a687-7148-9519-c28edc93dcc7'];
const ITEMS = { familyPlanning: 0, dibao: 120_000, extremePovertySupport: 0, pension: 0, ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 25_000, other: 0 };

describeMigration('migration 0016 on a registry with data', PREVIOUS, (openBefore) => {
  it('keeps every income, member and measure with its household, and the ID numbers readable', async () => {
    const { db } = await openBefore();
    const cipher = createPersonalDataCipher(Buffer.alloc(32, 3));
    const at = '2026-01-02T03:04:05.000Z';
    await sql`insert into households (id, household_no, village_code, head_member_id, head_name, member_count, household_type, identification_standard, poverty_status, bank_account_enc, version, created_at, created_by, updated_at, updated_by)
      values (${HOUSEHOLD}, '15060210220200001', '150602102202', ${MEMBERS[0]}, '王建国', 2, 'general', 'national', 'poor', ${`${cipher.keyId}.${cipher.encrypt('6222020200112233445')}`}, 1, ${at}, 'u', ${at}, 'u')`.execute(db);
    for (const [i, id] of MEMBERS.entries()) {
      const idNumber = i === 0 ? '15060219700101001X' : '150602197202020028';
      await sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_masked, id_tail, gender, birth_date, relation_to_head, labor_capacity, created_at, updated_at)
        values (${id}, ${HOUSEHOLD}, '150602102202', ${`成员${i}`}, ${`${cipher.keyId}.${cipher.encrypt(idNumber)}`}, ${cipher.hash(idNumber)}, 'x', ${idNumber.slice(-4)}, 'male', '1970-01-01', ${i === 0 ? 'self' : 'spouse'}, 'normal', ${at}, ${at})`.execute(db);
    }
    for (const year of [2024, 2025]) {
      await sql`insert into incomes (id, household_id, village_code, year, household_size, wage_income, business_income, business_costs, property_income, transfer_income, transfer_items, net_income, net_income_per_capita, source, recorded_by, recorded_at)
        values (${`inc-${year}`}, ${HOUSEHOLD}, '150602102202', ${year}, 2, ${year * 100}, 0, 0, 0, 145000, ${JSON.stringify(ITEMS)}, ${year * 100 + 145_000}, ${(year * 100 + 145_000) / 2}, 'entry', 'u', ${at})`.execute(db);
    }
    await sql`insert into assistance_measures (id, household_id, member_id, village_code, measure_type, start_date, status, created_at, created_by, updated_at, updated_by)
      values ('measure-1', ${HOUSEHOLD}, ${MEMBERS[1]}, '150602102202', 'industry', '2025-03-01', 'active', ${at}, 'u', ${at}, 'u')`.execute(db);

    await migrateUpTo(db, '2026-11-23-0017-scan-speed');

    const incomes = await db.selectFrom('incomes').selectAll().orderBy('year').execute();
    expect(incomes.map((r) => [r.householdId, r.year, r.wageIncome])).toEqual([[HOUSEHOLD, 2024, 202_400], [HOUSEHOLD, 2025, 202_500]]);
    expect(incomes.map((r) => JSON.parse(r.transferItems) as unknown)).toEqual([{ dibao: 120_000, agriculturalSubsidy: 25_000 }, { dibao: 120_000, agriculturalSubsidy: 25_000 }]);
    await expect(sql`insert into incomes (household_id, village_code, year, household_size, wage_income, business_income, business_costs, property_income, transfer_income, transfer_items, net_income, net_income_per_capita, source, recorded_by, recorded_at)
      values (${HOUSEHOLD}, '150602102202', 2025, 1, 0, 0, 0, 0, 0, '{}', 0, 0, 'entry', 'u', ${at})`.execute(db)).rejects.toThrow();

    const members = await db.selectFrom('members').select(['id', 'householdId', 'idNumberEnc']).orderBy('id').execute();
    expect(members.map((m) => [m.id, m.householdId])).toEqual(MEMBERS.map((id) => [id, HOUSEHOLD]));
    expect(members.map((m) => cipher.decrypt(m.idNumberEnc))).toEqual(['15060219700101001X', '150602197202020028']);
    expect(members.every((m) => !m.idNumberEnc.includes('.'))).toBe(true);
    const household = await db.selectFrom('households').select(['headMemberId', 'bankAccountEnc']).executeTakeFirstOrThrow();
    expect(household.headMemberId).toBe(MEMBERS[0]);
    expect(cipher.decrypt(household.bankAccountEnc ?? '')).toBe('6222020200112233445');
    const measure = await db.selectFrom('assistanceMeasures').select(['householdId', 'memberId']).executeTakeFirstOrThrow();
    expect(measure).toEqual({ householdId: HOUSEHOLD, memberId: MEMBERS[1] });
  });
});
