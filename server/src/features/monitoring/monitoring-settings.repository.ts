import { regionAncestors, type RuleSettingEntry, monitoringRules } from '@fupin/core';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { MonitoringRuleSettingTable } from '../../db/tables/monitoring.tables.ts';

/** Entries of the region, its ancestors and the national level ('') for years up to `year`. */
export async function findRuleSettingEntries(db: Db, regionCode: string, year: number): Promise<RuleSettingEntry[]> {
  const chain = ['', ...regionAncestors(regionCode), regionCode];
  const rows = await db.selectFrom('monitoringRuleSettings').selectAll().where('regionCode', 'in', chain).where('year', '<=', year).execute();
  return rows.flatMap((r) => (monitoringRules.has(r.rule) ? [{
    regionCode: r.regionCode, year: r.year, rule: r.rule, enabled: r.enabled === null ? null : r.enabled === 1,
    params: JSON.parse(r.params) as Record<string, number>,
  }] : []));
}

export async function findRuleSettingRow(db: Db, regionCode: string, year: number, rule: string) {
  return db.selectFrom('monitoringRuleSettings').selectAll()
    .where('regionCode', '=', regionCode).where('year', '=', year).where('rule', '=', rule).executeTakeFirst();
}

export async function upsertRuleSettingRow(db: Db, row: Insertable<MonitoringRuleSettingTable>, exists: boolean): Promise<void> {
  if (exists) {
    await db.updateTable('monitoringRuleSettings').set({ enabled: row.enabled, params: row.params, sourceRef: row.sourceRef, updatedBy: row.updatedBy, updatedAt: row.updatedAt })
      .where('regionCode', '=', row.regionCode).where('year', '=', row.year).where('rule', '=', row.rule).execute();
  } else {
    await db.insertInto('monitoringRuleSettings').values(row).execute();
  }
}
