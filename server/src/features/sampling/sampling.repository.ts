import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { poorAtYearEnd } from '../evaluations/evaluations.repository.ts';
import type { SampledHouseholdTable, SamplingExerciseTable } from '../../db/tables/procedures.tables.ts';

const EXITED = ['exited', 'exitedNoPolicy'];
const WORKING = ['ordinary', 'skilled'];

/**
 * The households that can be drawn: exited ones (with or without a current, living member able
 * to work) and non-registered ones, in the region.
 */
export function findSamplingPopulation(db: Db, actor: Actor, regionCode: string) {
  return db.selectFrom('households')
    .select(['households.id', 'households.povertyStatus', 'households.memberCount', 'households.villageCode',
      (eb) => eb.exists(eb.selectFrom('members').select('members.id').whereRef('members.householdId', '=', 'households.id')
        .where('members.laborCapacity', 'in', WORKING).where('members.isDeceased', '=', 0).where('members.movedOutOn', 'is', null)).as('hasLabour')])
    .where(inActorRegion(actor, 'households', regionCode))
    .where('households.povertyStatus', 'in', [...EXITED, 'notPoor'])
    .execute();
}

/** People poor at the end of the exercise's year and the whole registered population of the region, for the composite incidence. */
export async function countRegionPeople(db: Db, actor: Actor, regionCode: string, year: number): Promise<{ poorPeople: number; population: number }> {
  const row = await db.selectFrom('households')
    .select([
      sql<number>`coalesce(sum(${poorAtYearEnd(year)} * ${sql.ref('households.memberCount')}), 0)`.as('poorPeople'),
      sql<number>`coalesce(sum(${sql.ref('households.memberCount')}), 0)`.as('population'),
    ])
    .where(inActorRegion(actor, 'households', regionCode)).executeTakeFirstOrThrow();
  return { poorPeople: Number(row.poorPeople), population: Number(row.population) };
}

export async function insertExercise(trx: Transaction<Database>, row: Insertable<SamplingExerciseTable>, households: Insertable<SampledHouseholdTable>[]): Promise<void> {
  await trx.insertInto('samplingExercises').values(row).execute();
  for (let i = 0; i < households.length; i += 500) await trx.insertInto('sampledHouseholds').values(households.slice(i, i + 500)).execute();
}

/** Exercises over regions inside the actor's region. */
export function findExercises(db: Db, actor: Actor) {
  return db.selectFrom('samplingExercises').leftJoin('regions', 'regions.code', 'samplingExercises.regionCode')
    .selectAll('samplingExercises').select('regions.name as regionName')
    .where(inRegionSubtree('samplingExercises.regionCode', actor.regionCode))
    .orderBy('samplingExercises.createdAt', 'desc').limit(200).execute();
}

export function findExercise(db: Db | Transaction<Database>, actor: Actor, exerciseId: string) {
  return db.selectFrom('samplingExercises').leftJoin('regions', 'regions.code', 'samplingExercises.regionCode')
    .selectAll('samplingExercises').select('regions.name as regionName')
    .where('samplingExercises.id', '=', exerciseId).where(inRegionSubtree('samplingExercises.regionCode', actor.regionCode)).executeTakeFirst();
}

export function findSampledHouseholds(db: Db, actor: Actor, exerciseId: string) {
  return db.selectFrom('sampledHouseholds')
    .innerJoin('households', 'households.id', 'sampledHouseholds.householdId')
    .leftJoin('regions', 'regions.code', 'sampledHouseholds.villageCode')
    .selectAll('sampledHouseholds').select(['households.householdNo', 'households.headName', 'regions.name as villageName'])
    .where('sampledHouseholds.exerciseId', '=', exerciseId).where(inActorRegion(actor, 'sampledHouseholds'))
    .orderBy('sampledHouseholds.position').execute();
}

export function findSampledHousehold(trx: Transaction<Database>, actor: Actor, exerciseId: string, householdId: number) {
  return trx.selectFrom('sampledHouseholds').selectAll()
    .where('exerciseId', '=', exerciseId).where('householdId', '=', householdId).where(inActorRegion(actor, 'sampledHouseholds')).executeTakeFirst();
}

export async function updateFinding(trx: Transaction<Database>, exerciseId: string, householdId: number, changes: Updateable<SampledHouseholdTable>): Promise<void> {
  await trx.updateTable('sampledHouseholds').set(changes).where('exerciseId', '=', exerciseId).where('householdId', '=', householdId).execute();
}
