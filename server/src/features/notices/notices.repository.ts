import type { Actor } from '../../access/actor.ts';
import { inActorRegion } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';

/** Notice postings (village, step, day posted) in the region, newest first. */
export function findNoticePostings(db: Db, actor: Actor, regionCode: string | undefined, step: string | undefined) {
  let query = db.selectFrom('procedureSteps')
    .innerJoin('regions', 'regions.code', 'procedureSteps.villageCode')
    .select(['procedureSteps.villageCode', 'regions.name as villageName', 'procedureSteps.step', 'procedureSteps.noticeStartsOn', 'procedureSteps.noticeEndsOn',
      (eb) => eb.fn.countAll<number>().as('households')])
    .where(inActorRegion(actor, 'procedureSteps', regionCode))
    .where('procedureSteps.noticeStartsOn', 'is not', null);
  if (step) query = query.where('procedureSteps.step', '=', step);
  return query.groupBy(['procedureSteps.villageCode', 'regions.name', 'procedureSteps.step', 'procedureSteps.noticeStartsOn', 'procedureSteps.noticeEndsOn'])
    .orderBy('procedureSteps.noticeStartsOn', 'desc').orderBy('procedureSteps.villageCode').limit(500).execute();
}

/** The latest day a notice of this step went up in the village (in the region). */
export async function findLatestNoticeStart(db: Db, actor: Actor, villageCode: string, step: string): Promise<string | undefined> {
  const row = await db.selectFrom('procedureSteps').select('noticeStartsOn')
    .where(inActorRegion(actor, 'procedureSteps')).where('villageCode', '=', villageCode).where('step', '=', step)
    .where('noticeStartsOn', 'is not', null).orderBy('noticeStartsOn', 'desc').limit(1).executeTakeFirst();
  return row?.noticeStartsOn ?? undefined;
}

/** The households on one posting: head's name, masked ID number, main cause; nothing more. */
export function findNoticeEntries(db: Db, actor: Actor, villageCode: string, step: string, startsOn: string) {
  return db.selectFrom('procedureSteps')
    .innerJoin('procedures', 'procedures.id', 'procedureSteps.procedureId')
    .innerJoin('households', 'households.id', 'procedures.householdId')
    .leftJoin('members', 'members.id', 'households.headMemberId')
    .select(['households.headName', 'members.idMasked', 'households.mainCause', 'procedureSteps.noticeEndsOn'])
    .where(inActorRegion(actor, 'procedureSteps')).where('procedureSteps.villageCode', '=', villageCode)
    .where('procedureSteps.step', '=', step).where('procedureSteps.noticeStartsOn', '=', startsOn)
    .orderBy('households.householdNo').execute();
}

export function findRegionName(db: Db, code: string) {
  return db.selectFrom('regions').select(['name', 'level']).where('code', '=', code).executeTakeFirst();
}
