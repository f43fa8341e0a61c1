import type SQLite from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hexDigits, isPostgres, rowNumberOf } from '../../db/dialect.ts';

/** The scan's write transaction: its findings table lives only there. */
export type ScanWriter = Transaction<Database>;

/**
 * What a scan found, one row per household and risk with its rules and reasons (JSON text) and
 * how many reasons: a temporary table of the write transaction, filled in SQL by the income pass
 * and by multi-row inserts from the feed rules, then written to the alerts in two statements.
 */
export const FINDINGS_TABLE = 'scan_findings';

export async function createFindings(db: ScanWriter): Promise<void> {
  const columns = sql`(household_id bigint not null, village_code text not null, risk_type text not null, rules text not null, reasons text not null, hits integer not null)`;
  await (isPostgres(db) ? sql`create temporary table ${sql.table(FINDINGS_TABLE)} ${columns} on commit drop` : sql`create temp table ${sql.table(FINDINGS_TABLE)} ${columns}`).execute(db);
}

export async function dropFindings(db: ScanWriter): Promise<void> {
  if (!isPostgres(db)) await sql`drop table temp.${sql.table(FINDINGS_TABLE)}`.execute(db);
}

/** A finding of the feed rules: household, village, risk, rules and reasons (JSON text), how many reasons. */
export type FindingRow = readonly [householdId: number, villageCode: string, riskType: string, rules: string, reasons: string, hits: number];

/** Rows per PostgreSQL statement: six arrays, one bound value each. */
const INSERT_CHUNK = 20_000;

/**
 * Adds the feed rules' findings (tens of thousands at most, not the income pass's hundreds of
 * thousands). SQLite: one prepared single-row insert run per finding on the raw connection, inside
 * the transaction Kysely opened (multi-row VALUES lists cost about 11 µs a row, a JSON list parsed in
 * SQL more, this about 3); PostgreSQL: 20,000 rows per statement as column arrays.
 */
export async function insertFindings(db: ScanWriter, rows: readonly FindingRow[], sqlite: SQLite.Database | undefined): Promise<void> {
  const columns = sql`(household_id, village_code, risk_type, rules, reasons, hits)`;
  if (sqlite) {
    if (!sqlite.inTransaction) throw new Error('scan findings must be written inside the scan\'s transaction');
    const insert = sqlite.prepare(`insert into temp.${FINDINGS_TABLE} (household_id, village_code, risk_type, rules, reasons, hits) values (?, ?, ?, ?, ?, ?)`);
    for (const r of rows) insert.run(r[0], r[1], r[2], r[3], r[4], r[5]);
    return;
  }
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const column = <K extends 0 | 1 | 2 | 3 | 4 | 5>(k: K) => chunk.map((r) => r[k]);
    await sql`insert into ${sql.table(FINDINGS_TABLE)} ${columns}
      select * from unnest(${column(0)}::bigint[], ${column(1)}::text[], ${column(2)}::text[], ${column(3)}::text[], ${column(4)}::text[], ${column(5)}::integer[])`.execute(db);
  }
}

export async function countFindings(db: ScanWriter): Promise<{ alerts: number; hits: number }> {
  const { rows } = await sql<{ alerts: number | string; hits: number | string | null }>`select count(*) as alerts, sum(hits) as hits from ${sql.table(FINDINGS_TABLE)}`.execute(db);
  return { alerts: Number(rows[0]?.alerts ?? 0), hits: Number(rows[0]?.hits ?? 0) };
}

/**
 * Writes the findings (`count` of them) to the alerts in at most two set-based statements (no row
 * passes back through JavaScript): an open alert of the household and risk is attached to (seen
 * again: `raisedCount`, `lastRaisedAt`, the scan, and its reasons as found now); the others become
 * new alerts, with ids of the scan's own UUIDv7 prefix and their finding's number. Answers how
 * many of each.
 */
export async function writeFindings(db: ScanWriter, scanId: string, at: string, idPrefix: string, count: number): Promise<{ raised: number; attached: number }> {
  const findings = sql.table(FINDINGS_TABLE);
  const updated = await sql`
    update monitoring_alerts as a set rules = f.rules, reasons = f.reasons, last_scan_id = ${scanId}, last_raised_at = ${at}, raised_count = a.raised_count + 1
    from ${findings} as f
    where a.household_id = f.household_id and a.risk_type = f.risk_type and a.status = 'open'`.execute(db);
  const attached = Number(updated.numAffectedRows ?? 0);
  // A finding is one household and risk, so the update attached exactly `attached` of them: all of
  // them (a repeat scan) leave nothing to raise; none (a first scan) leave every one new, without
  // looking up an open alert for each.
  if (attached === count) return { raised: 0, attached };
  const isNew = attached === 0 ? sql`true`
    : sql`not exists (select 1 from monitoring_alerts as a where a.household_id = f.household_id and a.risk_type = f.risk_type and a.status = 'open')`;
  const inserted = await sql`
    insert into monitoring_alerts (id, household_id, village_code, risk_type, status, rules, reasons, first_scan_id, last_scan_id, raised_at, last_raised_at, raised_count)
    select ${idPrefix} || ${hexDigits(db, rowNumberOf(db, 'f'), 12)}, f.household_id, f.village_code, f.risk_type, 'open', f.rules, f.reasons, ${scanId}, ${scanId}, ${at}, ${at}, 1
    from ${findings} as f
    where ${isNew}`.execute(db);
  return { raised: Number(inserted.numAffectedRows ?? 0), attached };
}
