import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../test/factories.ts';
import { createSignedInUser, describeEachEngine } from '../../test/test-context.ts';
import type { Db } from './database.ts';
import { transactionWithoutForeignKeyChecks } from './dialect.ts';

// One open alert per household and risk: each alert here has its own risk.
const alertOf = (id: string, householdId: number, riskType = id) => ({
  id, householdId, villageCode: '150602001001', riskType, status: 'open', rules: '[]', reasons: '[]',
  firstScanId: 's', lastScanId: 's', raisedAt: '2026-06-30T00:00:00Z', lastRaisedAt: '2026-06-30T00:00:00Z', raisedCount: 1,
});

const insertAlert = (db: Db, id: string, householdId: number) => db.insertInto('monitoringAlerts').values(alertOf(id, householdId)).execute();
const alertIds = async (db: Db) => (await db.selectFrom('monitoringAlerts').select('id').orderBy('id').execute()).map((r) => r.id);

describeEachEngine('a transaction without foreign-key checks', (t) => {
  it('keeps its writes, and the connection checks every reference again afterwards, also after a failure', async () => {
    const db = t().ctx.db;
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), county);

    await transactionWithoutForeignKeyChecks(db, (trx) => trx.insertInto('monitoringAlerts').values(alertOf('kept', household.id)).execute());
    await expect(insertAlert(db, 'orphan-1', 999_999_999)).rejects.toThrow(/foreign key/i);

    const failing = transactionWithoutForeignKeyChecks(db, async (trx) => {
      await trx.insertInto('monitoringAlerts').values(alertOf('rolled-back', household.id)).execute();
      throw new Error('the work failed');
    });
    await expect(failing).rejects.toThrow('the work failed');
    await expect(insertAlert(db, 'orphan-2', 999_999_999)).rejects.toThrow(/foreign key/i);
    expect(await alertIds(db)).toEqual(['kept']);
  });
});
