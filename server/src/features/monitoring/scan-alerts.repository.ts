import type SQLite from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inRegionSubtree } from '../../access/region-scope.repository.ts';
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

/** How many alerts a scan raised, found again (attached) and cleared, as its record counts them. */
export interface AlertWrites { alertsRaised: number; alertsAttached: number; alertsCleared: number }

/**
 * Writes the findings (`count` of them, all of the region `root`) to the alerts in set-based
 * statements (no row passes back through JavaScript), writing only the alerts that change: an open
 * alert of the same household and risk found with other reasons, or found again after a scan had
 * cleared it, is raised again (its reasons as found now, `raisedCount` + 1, `lastRaisedAt`, the
 * scan); one found unchanged is left as it is (a daily scan over unchanged data writes nothing);
 * the findings without an open alert become new alerts, with ids of the scan's own UUIDv7 prefix
 * and their finding's number; the region's open alerts not found are cleared. Answers how many
 * were raised, found again and cleared.
 */
export async function writeFindings(db: ScanWriter, root: string, scan: { id: string; at: string; idPrefix: string }, count: number): Promise<AlertWrites> {
  const findings = sql.table(FINDINGS_TABLE);
  const sameAlert = sql`a.household_id = f.household_id and a.risk_type = f.risk_type and a.status = 'open'`;
  // Counted on the inbox index alone; none open (a first scan) leaves every finding new, without
  // looking up an open alert for each, and nothing to clear.
  const open = await db.selectFrom('monitoringAlerts').select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'open').where(inRegionSubtree('villageCode', root)).executeTakeFirstOrThrow();
  const openBefore = Number(open.n);
  if (openBefore > 0) {
    // Both ways round (an alert's finding, a finding's alert) by an index: with statistics taken
    // while the alerts were few, SQLite planned a scan of every finding for each alert.
    await sql`create index ${sql.raw(`${isPostgres(db) ? '' : 'temp.'}${FINDINGS_TABLE}_key`)} on ${findings} (household_id, risk_type)`.execute(db);
    await sql`
      update monitoring_alerts as a set rules = f.rules, reasons = f.reasons, last_scan_id = ${scan.id}, last_raised_at = ${scan.at},
        raised_count = a.raised_count + 1, cleared_scan_id = null, cleared_at = null
      from ${findings} as f
      where ${sameAlert} and (a.reasons <> f.reasons or a.cleared_at is not null)`.execute(db);
  }
  const inserted = await sql`
    insert into monitoring_alerts (id, household_id, village_code, risk_type, status, rules, reasons, first_scan_id, last_scan_id, raised_at, last_raised_at, raised_count)
    select ${scan.idPrefix} || ${hexDigits(db, rowNumberOf(db, 'f'), 12)}, f.household_id, f.village_code, f.risk_type, 'open', f.rules, f.reasons, ${scan.id}, ${scan.id}, ${scan.at}, ${scan.at}, 1
    from ${findings} as f
    where ${openBefore === 0 ? sql`true` : sql`not exists (select 1 from monitoring_alerts as a where ${sameAlert})`}`.execute(db);
  const raised = Number(inserted.numAffectedRows ?? 0);
  const attached = count - raised;
  // Every open alert found again (the steady state): nothing to clear, and no need to look.
  if (attached === openBefore) return { alertsRaised: raised, alertsAttached: attached, alertsCleared: 0 };
  const cleared = await sql`
    update monitoring_alerts as a set cleared_scan_id = ${scan.id}, cleared_at = ${scan.at}
    where a.status = 'open' and a.cleared_at is null and ${inRegionSubtree('a.village_code', root)}
      and not exists (select 1 from ${findings} as f where ${sameAlert})`.execute(db);
  return { alertsRaised: raised, alertsAttached: attached, alertsCleared: Number(cleared.numAffectedRows ?? 0) };
}
