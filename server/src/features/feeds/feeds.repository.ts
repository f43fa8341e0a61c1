import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { inValueList } from '../../db/dialect.ts';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Database } from '../../db/schema.ts';
import type { FeedBatchTable } from '../../db/tables/monitoring.tables.ts';

type Db = Kysely<Database>;
export type FeedBatchRow = Selectable<FeedBatchTable>;

const LOOKUP_CHUNK = 10_000;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface MatchedMember {
  idHash: string;
  memberId: number;
  householdId: number;
  villageCode: string;
}

/** Current members (not moved out) with these ID hashes, inside the actor's region only. */
export async function findCurrentMembersByIdHash(db: Db, actor: Actor, idHashes: readonly string[]): Promise<MatchedMember[]> {
  const found: MatchedMember[] = [];
  for (const part of chunk(idHashes, LOOKUP_CHUNK)) {
    found.push(...await db.selectFrom('members')
      .select(['members.idHash', 'members.id as memberId', 'members.householdId', 'members.villageCode'])
      .where(inValueList(db, 'members.idHash', part)).where('members.movedOutOn', 'is', null)
      .where(inActorRegion(actor, 'members'))
      .execute());
  }
  return found;
}

export async function insertFeedBatch(db: Db, row: Insertable<FeedBatchTable>): Promise<void> {
  await db.insertInto('feedBatches').values(row).execute();
}

export async function updateFeedBatch(db: Db, id: string, changes: Updateable<FeedBatchTable>): Promise<void> {
  await db.updateTable('feedBatches').set(changes).where('id', '=', id).execute();
}

export async function findFeedBatchByChecksum(db: Db, kind: string, regionCode: string, checksum: string): Promise<FeedBatchRow | undefined> {
  return db.selectFrom('feedBatches').selectAll().where('kind', '=', kind).where('regionCode', '=', regionCode).where('checksum', '=', checksum).executeTakeFirst();
}

/** Batches sent from inside the actor's region (a county officer sees the county's departments' batches). */
export async function findFeedBatches(db: Db, actor: Actor, kind: string | undefined, limit: number): Promise<FeedBatchRow[]> {
  let q = db.selectFrom('feedBatches').selectAll().where(inRegionSubtree('feedBatches.regionCode', actor.regionCode));
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('submittedAt', 'desc').limit(limit).execute();
}

export async function findFeedBatch(db: Db, actor: Actor, id: string): Promise<FeedBatchRow | undefined> {
  return db.selectFrom('feedBatches').selectAll().where('id', '=', id)
    .where(inRegionSubtree('feedBatches.regionCode', actor.regionCode)).executeTakeFirst();
}
