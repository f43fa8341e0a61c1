import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration } from '../../../test/test-context.ts';
import type { Db } from '../database.ts';
import { isPostgres } from '../dialect.ts';
import { migrateUpTo } from '../migrate.ts';

const PREVIOUS = '2026-11-24-0021-scan-alerts';
const THIS = '2026-11-24-0022-alert-writes';
const VILLAGE = '150602102202';
const AT = '2026-01-02T03:04:05.000Z';

/** The columns of the alerts' inbox index, in order. */
async function inboxIndexColumns(db: Db): Promise<string[]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ name: string }>`select a.attname as name from pg_index i
      join pg_class c on c.oid = i.indexrelid join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where c.relname = 'monitoring_alerts_inbox_idx' and c.relnamespace = current_schema()::regnamespace
      order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`select name from pragma_index_info('monitoring_alerts_inbox_idx') order by seqno`.execute(db);
  return rows.map((r) => r.name);
}

/** Every alert as the inbox orders them. */
const inbox = (db: Db) => db.selectFrom('monitoringAlerts').select(['id', 'householdId', 'status', 'lastRaisedAt', 'raisedCount', 'reasons'])
  .where('villageCode', '>=', VILLAGE).orderBy('lastRaisedAt', 'desc').orderBy('id', 'desc').execute();

describeMigration(`migration 0022 (alert writes) on the alerts' inbox index`, PREVIOUS, (openBefore) => {
  it('keeps every alert and its inbox order, indexed by village and status only', async () => {
    const { db } = await openBefore();
    expect(await inboxIndexColumns(db)).toEqual(['village_code', 'status', 'last_raised_at']);
    await sql`insert into households (id, household_no, village_code, head_member_id, head_name, member_count, household_type, identification_standard, poverty_status, version, created_at, created_by, updated_at, updated_by)
      values (1, '15060210220200001', ${VILLAGE}, null, '李秀英', 1, 'general', 'national', 'poor', 1, ${AT}, 'u', ${AT}, 'u')`.execute(db);
    const alert = (id: string, risk: string, status: string, lastRaisedAt: string) => sql`insert into monitoring_alerts
      (id, household_id, village_code, risk_type, status, rules, reasons, first_scan_id, last_scan_id, raised_at, last_raised_at, raised_count)
      values (${id}, 1, ${VILLAGE}, ${risk}, ${status}, '["dropout"]', '[]', 's1', 's2', ${AT}, ${lastRaisedAt}, 2)`.execute(db);
    await alert('019ab000-0000-7000-8000-000000000001', 'schooling', 'open', '2026-03-01T00:00:00.000Z');
    await alert('019ab000-0000-7000-8000-000000000002', 'illness', 'open', '2026-02-01T00:00:00.000Z');
    await alert('019ab000-0000-7000-8000-000000000003', 'schooling', 'closed', '2026-03-01T00:00:00.000Z');
    const before = await inbox(db);

    await migrateUpTo(db, THIS);

    expect(await inboxIndexColumns(db)).toEqual(['village_code', 'status']);
    expect(await inbox(db)).toEqual(before);
    expect(before.map((a) => a.id.slice(-1))).toEqual(['3', '1', '2']);
  });
});
