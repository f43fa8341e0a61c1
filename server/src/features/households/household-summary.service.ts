import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { findCurrentMembers } from '../members/members.repository.ts';
import { findHouseholdById, updateHouseholdAtVersion } from './households.repository.ts';
import { presentHouseholdImage } from './households.presenter.ts';

interface SummaryMember {
  id: number;
  name: string;
  relationToHead: string;
  isDeceased: number;
}

/** What the household row keeps about its members for search: the living head and how many live there. */
export function summarizeMembers(members: readonly SummaryMember[]) {
  const head = members.find((m) => m.relationToHead === 'self' && m.isDeceased === 0);
  return {
    headMemberId: head?.id ?? null,
    headName: head?.name ?? '',
    memberCount: members.filter((m) => m.isDeceased === 0).length,
  };
}

/**
 * After a member changes, brings the household's head and member count up to date. When they
 * change, the household gets a new version and a change image of its own, so that the roll as of
 * a past date shows the head and size the household had then.
 */
export async function refreshHouseholdSummary(trx: Transaction<Database>, actor: Actor, householdId: number, at: string, source: string): Promise<void> {
  const row = await findHouseholdById(trx, householdId);
  const summary = summarizeMembers(await findCurrentMembers(trx, householdId));
  if (summary.headMemberId === row.headMemberId && summary.headName === row.headName && summary.memberCount === row.memberCount) return;
  const updated = await updateHouseholdAtVersion(trx, householdId, row.version, { ...summary, updatedAt: at, updatedBy: actor.userId });
  if (!updated) throw new AppError('VERSION_CONFLICT', 'the household changed while its members were being updated; try again');
  await insertRecordChange(trx, {
    householdId, villageCode: row.villageCode, entityType: 'household', entityId: householdId, action: 'update',
    changedAt: at, actorId: actor.userId, actorName: actor.username, source,
    before: presentHouseholdImage(row), after: presentHouseholdImage({ ...row, ...summary }),
  });
}
