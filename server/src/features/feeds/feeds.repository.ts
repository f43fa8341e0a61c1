import type { Insertable, Kysely, Selectable } from 'kysely';
import { inValueList, selectJsonRows } from '../../db/dialect.ts';
import type { Actor } from '../../access/actor.ts';
import { inActorRegion, inRegionSubtree } from '../../access/region-scope.repository.ts';
import type { Database } from '../../db/schema.ts';
import type { FeedBatchTable, FeedRecordTable } from '../../db/tables/monitoring.tables.ts';

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
  memberId: string;
  householdId: string;
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

export async function findFeedRecordsByKey(db: Db, kind: string, rowKeys: readonly string[]): Promise<{ id: string; rowKey: string; contentHash: string }[]> {
  const found: { id: string; rowKey: string; contentHash: string }[] = [];
  for (const part of chunk(rowKeys, LOOKUP_CHUNK)) {
    found.push(...await db.selectFrom('feedRecords').select(['id', 'rowKey', 'contentHash'])
      .where('kind', '=', kind).where(inValueList(db, 'feedRecords.rowKey', part)).execute());
  }
  return found;
}

/** A record as written: a new row, or the new content of a row sent before (same kind and key). */
export interface FeedRecordWrite {
  id: string;
  rowKey: string;
  memberId: string;
  householdId: string;
  villageCode: string;
  eventDate: string;
  amount: number | null;
  amount2: number | null;
  code: string | null;
  detail: string;
  contentHash: string;
}

const WRITE_COLUMNS = [
  'id', 'rowKey', 'memberId', 'householdId', 'villageCode', 'eventDate', 'amount', 'amount2', 'code', 'detail', 'contentHash',
] as const satisfies readonly (keyof FeedRecordWrite & keyof FeedRecordTable)[];

/** Rows per statement: a few MB of JSON in one parameter. */
const WRITE_CHUNK = 5000;

/**
 * Writes a batch's new and changed records, thousands per statement: a new key is inserted, a key
 * sent before takes the new content and the batch (its id and first arrival stay).
 */
export async function upsertFeedRecords(db: Db, batch: { kind: string; batchId: string; at: string }, rows: readonly FeedRecordWrite[]): Promise<void> {
  const constants = { kind: batch.kind, batchId: batch.batchId, createdAt: batch.at, updatedAt: batch.at };
  const columns = [...WRITE_COLUMNS, ...Object.keys(constants)] as (keyof FeedRecordTable)[];
  for (const part of chunk(rows, WRITE_CHUNK)) {
    await db.insertInto('feedRecords').columns(columns)
      .expression(selectJsonRows(db, 'feedRecords', WRITE_COLUMNS, part, constants))
      .onConflict((oc) => oc.columns(['kind', 'rowKey']).doUpdateSet((eb) => ({
        batchId: eb.ref('excluded.batchId'), memberId: eb.ref('excluded.memberId'), householdId: eb.ref('excluded.householdId'),
        villageCode: eb.ref('excluded.villageCode'), eventDate: eb.ref('excluded.eventDate'), amount: eb.ref('excluded.amount'),
        amount2: eb.ref('excluded.amount2'), code: eb.ref('excluded.code'), detail: eb.ref('excluded.detail'),
        contentHash: eb.ref('excluded.contentHash'), updatedAt: eb.ref('excluded.updatedAt'),
      })))
      .execute();
  }
}

export async function insertFeedBatch(db: Db, row: Insertable<FeedBatchTable>): Promise<void> {
  await db.insertInto('feedBatches').values(row).execute();
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
