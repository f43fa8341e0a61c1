import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration, TEST_KEY } from '../../../test/test-context.ts';
import { readTransferItems } from '../../features/incomes/transfer-items-store.ts';
import { findCurrentIdHolders } from '../../features/members/members.repository.ts';
import { createPersonalDataCipher } from '../../security/personal-data-cipher.ts';
import type { Db } from '../database.ts';
import { migrateUpTo } from '../migrate.ts';

const PREVIOUS = '2026-11-23-0019-integer-keys';
const THIS = '2026-11-24-0020-smaller-registry';
const VILLAGE = '150602102202';
const AT = '2026-01-02T03:04:05.000Z';
const IDS = ['150602198001010011', '15060219850202002X'];
const cipher = createPersonalDataCipher(Buffer.from(TEST_KEY, 'base64'));
// The 128-bit hash stored before: base64url of 16 bytes starts with the base64url of its first 12,
// the 96-bit hash of today, followed by six more characters.
const oldHash = (id: string) => `${cipher.hash(id)}Q8xZ_w`;

async function insertMemberAsBefore(db: Db, id: number, idNumber: string): Promise<void> {
  await sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_masked, id_tail, gender, birth_date, relation_to_head, labor_capacity)
    values (${id}, 1, ${VILLAGE}, ${`成员${id}`}, ${cipher.encrypt(idNumber)}, ${oldHash(idNumber)}, ${`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`},
      ${idNumber.slice(-4)}, 'male', '1980-01-01', 'self', 'ordinary')`.execute(db);
}

describeMigration('migration 0020 (a smaller registry) on members and incomes', PREVIOUS, (openBefore) => {
  it('keeps every member findable by ID number and masked as before, and still refuses a second holder', async () => {
    const { db } = await openBefore();
    await sql`insert into households (id, household_no, village_code, head_member_id, head_name, member_count, household_type, identification_standard, poverty_status, version, created_at, created_by, updated_at, updated_by)
      values (1, '15060210220200001', ${VILLAGE}, 1, '成员1', 2, 'general', 'national', 'poor', 1, ${AT}, 'u', ${AT}, 'u')`.execute(db);
    await insertMemberAsBefore(db, 1, IDS[0] ?? '');
    await insertMemberAsBefore(db, 2, IDS[1] ?? '');
    const income = (year: number, items: string) => sql`insert into incomes (household_id, village_code, year, household_size, wage_income, business_income, business_costs, property_income, transfer_income, transfer_items, net_income, net_income_per_capita, source, recorded_by, recorded_at)
      values (1, ${VILLAGE}, ${year}, 2, 0, 0, 0, 0, 0, ${items}, 0, 0, 'entry', 'u', ${AT})`.execute(db);
    await income(2024, '{"pension":453700,"disabilityAllowance":113200}');
    await income(2025, '{}');
    await income(2026, '{"familyPlanning":0,"other":5}');

    await migrateUpTo(db, THIS);

    const rows = await db.selectFrom('members').select(['id', 'idHash', 'idPrefix', 'idTail', 'idMasked', 'idNumberEnc']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.idHash, r.idPrefix, r.idTail, r.idMasked, cipher.decrypt(r.idNumberEnc)])).toEqual([
      [1, cipher.hash(IDS[0] ?? ''), '1506', '0011', '1506**********0011', IDS[0]],
      [2, cipher.hash(IDS[1] ?? ''), '1506', '002X', '1506**********002X', IDS[1]],
    ]);
    expect((await findCurrentIdHolders(db, [cipher.hash(IDS[1] ?? '')])).map((h) => h.memberId)).toEqual([2]);

    const incomes = await db.selectFrom('incomes').select(['year', 'transferItems']).orderBy('year').execute();
    expect(incomes.map((r) => r.transferItems)).toEqual([',,,453700,,113200', '', ',,,,,,,5']);
    expect(readTransferItems(incomes[0]?.transferItems ?? '')).toEqual({
      familyPlanning: 0, dibao: 0, extremePovertySupport: 0, pension: 453700, ecologicalCompensation: 0, disabilityAllowance: 113200, agriculturalSubsidy: 0, other: 0,
    });

    // The masked form follows the stored ends of a member written afterwards, and the ID hash is still unique.
    const insertAfter = (id: number, idHash: string) => sql`insert into members (id, household_id, village_code, name, id_number_enc, id_hash, id_prefix, id_tail, gender, birth_date, relation_to_head, labor_capacity)
      values (${id}, 1, ${VILLAGE}, '成员3', 'enc', ${idHash}, '1101', '0037', 'male', '1990-01-01', 'son', 'ordinary')`.execute(db);
    await insertAfter(3, 'fresh-hash-0003');
    expect(await db.selectFrom('members').select('idMasked').where('id', '=', 3).executeTakeFirst()).toEqual({ idMasked: '1101**********0037' });
    await expect(insertAfter(4, cipher.hash(IDS[0] ?? ''))).rejects.toThrow(/unique|UNIQUE/);
  });
});
