import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hexDigits, jsonArrayElements, jsonTextAt } from '../../db/dialect.ts';

type Executor = Transaction<Database>;

/**
 * Writes the alerts a scan found, given as one JSON array of [householdId, villageCode, riskType,
 * rules, reasons], in two set-based statements (no row passes back through JavaScript):
 * an open alert of the household and risk is attached to (seen again: `raisedCount`,
 * `lastRaisedAt`, the scan, and its reasons as found now); the others become new alerts, with ids
 * of the scan's own UUIDv7 prefix and their position. Answers how many of each.
 */
export async function writeFoundAlerts(db: Executor, scanId: string, at: string, idPrefix: string, json: string): Promise<{ raised: number; attached: number }> {
  const found = jsonArrayElements(db, json, 'f');
  const cell = (n: number) => sql<string>`f.value ->> ${sql.lit(n)}`;
  const updated = await sql`
    update monitoring_alerts as a set rules = f.rules, reasons = f.reasons, last_scan_id = ${scanId}, last_raised_at = ${at}, raised_count = a.raised_count + 1
    from (select ${cell(0)} as household_id, ${cell(2)} as risk_type, ${jsonTextAt(db, sql`f.value`, 3)} as rules, ${jsonTextAt(db, sql`f.value`, 4)} as reasons from ${found}) as f
    where a.household_id = f.household_id and a.risk_type = f.risk_type and a.status = 'open'`.execute(db);
  const inserted = await sql`
    insert into monitoring_alerts (id, household_id, village_code, risk_type, status, rules, reasons, first_scan_id, last_scan_id, raised_at, last_raised_at, raised_count)
    select ${idPrefix} || ${hexDigits(db, sql`f.position`, 12)}, ${cell(0)}, ${cell(1)}, ${cell(2)}, 'open', ${jsonTextAt(db, sql`f.value`, 3)}, ${jsonTextAt(db, sql`f.value`, 4)},
      ${scanId}, ${scanId}, ${at}, ${at}, 1
    from ${found}
    where not exists (select 1 from monitoring_alerts as a where a.household_id = ${cell(0)} and a.risk_type = ${cell(2)} and a.status = 'open')`.execute(db);
  return { raised: Number(inserted.numAffectedRows ?? 0), attached: Number(updated.numAffectedRows ?? 0) };
}
