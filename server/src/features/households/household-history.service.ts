import { diffRecords } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { findRecordChanges } from '../history/record-changes.repository.ts';
import { findEarliestImagesSince, findUserNames } from './household-history.repository.ts';
import type { HistoryEntry } from './household-history.schemas.ts';
import { imageAsOf } from './household-roll.service.ts';
import { requireHouseholdInScope } from './households.service.ts';

const parseImage = (json: string | null): Record<string, unknown> | null => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

/**
 * Who changed what and when, newest first, from the before/after images; the registration itself
 * (from the household's created_at/created_by, with the values first registered) comes last.
 */
export async function getHouseholdHistory(ctx: AppContext, actor: Actor, householdId: number, page: { limit: number; beforeSeq?: number | undefined }) {
  requirePermission(actor, 'registry:read');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const found = await findRecordChanges(ctx.db, householdId, page.limit + 1, page.beforeSeq);
  const changes = found.slice(0, page.limit);
  const isLastPage = found.length <= page.limit;
  const names = await findUserNames(ctx.db, [...changes.map((c) => c.actorId), household.createdBy]);

  const entries: HistoryEntry[] = changes.map((c) => ({
    seq: Number(c.seq),
    at: c.changedAt,
    actor: { id: c.actorId, name: names.get(c.actorId) ?? c.actorName },
    source: c.source,
    sourceId: c.sourceId ?? null,
    action: c.action,
    entityType: c.entityType,
    entityId: c.entityId,
    changes: diffRecords(parseImage(c.before), parseImage(c.after)),
  }));
  if (isLastPage) {
    const registered = imageAsOf(household, (await findEarliestImagesSince(ctx.db, [householdId], '')).get(householdId));
    entries.push({
      seq: null,
      at: household.createdAt,
      actor: { id: household.createdBy, name: names.get(household.createdBy) ?? household.createdBy },
      source: null,
      sourceId: null,
      action: 'create',
      entityType: 'household',
      entityId: String(householdId),
      changes: diffRecords(null, registered),
    });
  }
  return { entries, nextBeforeSeq: isLastPage ? null : Number(changes.at(-1)?.seq ?? 0) };
}
