import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { ExitEvaluationReportTable } from '../../db/tables/policy.tables.ts';

export async function insertExitReport(trx: Transaction<Database>, row: Insertable<ExitEvaluationReportTable>): Promise<void> {
  await trx.insertInto('exitEvaluationReports').values(row).execute();
}

export function findExitReportInScope(db: Db, actor: Actor, id: string) {
  return db.selectFrom('exitEvaluationReports').selectAll().where('id', '=', id).where(inActorRegion(actor, 'exitEvaluationReports')).executeTakeFirst();
}

/** Reports about places inside a region, newest first. */
export function findExitReports(db: Db, actor: Actor, regionCode: string, level: string | undefined) {
  let query = db.selectFrom('exitEvaluationReports').selectAll().where(inActorRegion(actor, 'exitEvaluationReports', regionCode));
  if (level) query = query.where('level', '=', level);
  return query.orderBy('recordedAt', 'desc').limit(200).execute();
}
