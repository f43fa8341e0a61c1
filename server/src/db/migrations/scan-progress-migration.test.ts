import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeMigration } from '../../../test/test-context.ts';
import { migrateUpTo } from '../migrate.ts';

const PREVIOUS = '2026-11-24-0023-alert-clearing';
const THIS = '2026-11-24-0024-scan-progress';

describeMigration('migration 0024 (scan progress)', PREVIOUS, (openBefore) => {
  it('gives every earlier scan the time it finished, or started when it never finished', async () => {
    const { db } = await openBefore();
    const scan = (id: string, status: string, finishedAt: string | null) => sql`insert into monitoring_scans
      (id, region_code, as_of, income_year, trigger, status, steps_total, steps_done, current_step, hits, alerts_raised, alerts_attached, settings, error, started_by, started_at, finished_at)
      values (${id}, '150602', '2026-06-30', 2025, 'cli', ${status}, 8, 8, null, 0, 0, 0, '{}', null, 'cli', '2026-06-30T01:00:00.000Z', ${finishedAt})`.execute(db);
    await scan('finished', 'finished', '2026-06-30T01:00:03.000Z');
    await scan('killed', 'running', null);

    await migrateUpTo(db, THIS);

    const rows = await db.selectFrom('monitoringScans').select(['id', 'progressedAt']).orderBy('id').execute();
    expect(rows).toEqual([{ id: 'finished', progressedAt: '2026-06-30T01:00:03.000Z' }, { id: 'killed', progressedAt: '2026-06-30T01:00:00.000Z' }]);
  });
});
