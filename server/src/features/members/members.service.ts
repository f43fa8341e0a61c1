import { diffRecords } from '@fupin/core';
import type { Transaction } from 'kysely';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database, MemberRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange, type RecordChange } from '../history/record-changes.repository.ts';
import { assertComposition } from '../households/household-checks.ts';
import { refreshHouseholdSummary } from '../households/household-summary.service.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { translateUniqueViolation } from '../households/unique-violation.ts';
import { assertIdNumbersFree, identifyMember } from './member-identity.ts';
import { buildMemberRow, maskStoredId, presentMember, presentMemberImage, toMemberColumns, type StoredIdNumber } from './members.presenter.ts';
import { findCurrentMembers, findMemberById, findMemberInScope, insertMembers, reserveMemberKeys, updateMemberRow } from './members.repository.ts';
import type { MemberInput, MemberPatch, MemberView } from './members.schemas.ts';

export async function requireMemberInScope(ctx: AppContext, actor: Actor, memberId: number): Promise<MemberRow> {
  const member = await findMemberInScope(ctx.db, actor, memberId);
  if (!member) throw new AppError('OUT_OF_SCOPE', `member ${memberId} not found in your region`);
  return member;
}

export const asComposition = (m: Pick<MemberRow, 'relationToHead' | 'isDeceased'>) => ({ relationToHead: m.relationToHead, isDeceased: m.isDeceased === 1 });

/** Appends a member's before/after image to its household's change history. */
export function recordMemberChange(trx: Transaction<Database>, actor: Actor, member: MemberRow, change: Pick<RecordChange, 'action' | 'changedAt' | 'source' | 'before' | 'after'>) {
  return insertRecordChange(trx, {
    householdId: member.householdId, villageCode: member.villageCode, entityType: 'member', entityId: member.id,
    actorId: actor.userId, actorName: actor.username, ...change,
  });
}

/** Adds a person to a household: the ID number must be valid and not current in any household. */
export async function addMember(ctx: AppContext, actor: Actor, householdId: number, input: MemberInput & { source: string }): Promise<MemberView> {
  requirePermission(actor, 'registry:write');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const stored = identifyMember(ctx.cipher, input, todayInChina(ctx.now()));
  const current = await findCurrentMembers(ctx.db, householdId);
  assertComposition([...current.map(asComposition), { relationToHead: input.relationToHead, isDeceased: input.isDeceased }], (_i, key) => key);

  const at = ctx.now().toISOString();
  let memberId = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const [id] = await reserveMemberKeys(trx, 1);
      if (id === undefined) throw new Error('no member key reserved');
      memberId = id;
      const row = buildMemberRow(input, { id, householdId, villageCode: household.villageCode }, stored);
      await assertIdNumbersFree(trx, actor, [{ idHash: row.idHash, field: 'idNumber' }]);
      await insertMembers(trx, [row]);
      const inserted = await findMemberById(trx, row.id);
      await recordMemberChange(trx, actor, inserted, { action: 'create', changedAt: at, source: input.source, before: null, after: presentMemberImage(inserted) });
      await refreshHouseholdSummary(trx, actor, householdId, at, input.source);
      await recordAudit(trx, actor, {
        action: 'create', entityType: 'member', entityId: row.id, regionCode: household.villageCode,
        details: { householdId, idNumber: maskStoredId(row) },
      }, at);
    });
  } catch (error) {
    throw translateUniqueViolation(error, 'idNumber');
  }
  return presentMember(await findMemberById(ctx.db, memberId));
}

/** The stored ID columns when the patch touches the ID number, gender or birth date (checked together). */
function restateIdentity(ctx: AppContext, member: MemberRow, patch: MemberPatch): StoredIdNumber | undefined {
  if (patch.idNumber === undefined && patch.gender === undefined && patch.birthDate === undefined) return undefined;
  const idNumber = patch.idNumber ?? ctx.cipher.decrypt(member.idNumberEnc);
  return identifyMember(ctx.cipher, { idNumber, gender: patch.gender, birthDate: patch.birthDate }, todayInChina(ctx.now()));
}

/** Changes a member; the household's composition rules are checked again with the change applied. */
export async function updateMember(ctx: AppContext, actor: Actor, memberId: number, patch: MemberPatch): Promise<MemberView> {
  requirePermission(actor, 'registry:write');
  const member = await requireMemberInScope(ctx, actor, memberId);
  const stored = restateIdentity(ctx, member, patch);
  const columns = { ...toMemberColumns(patch), ...(stored ?? {}) };
  const after: MemberRow = { ...member, ...columns };
  const isCurrent = member.movedOutOn === null;
  if (isCurrent) {
    const current = await findCurrentMembers(ctx.db, member.householdId);
    assertComposition(current.map((m) => asComposition(m.id === memberId ? after : m)), (_i, key) => key);
  }
  const changes = diffRecords(presentMemberImage(member), presentMemberImage(after));
  const idChanged = stored !== undefined && stored.idHash !== member.idHash;
  if (changes.length === 0 && !idChanged) return presentMember(member);

  const at = ctx.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (idChanged && isCurrent) await assertIdNumbersFree(trx, actor, [{ idHash: after.idHash, field: 'idNumber' }], memberId);
      await updateMemberRow(trx, memberId, columns);
      await recordMemberChange(trx, actor, member, { action: 'update', changedAt: at, source: patch.source, before: presentMemberImage(member), after: presentMemberImage(after) });
      await refreshHouseholdSummary(trx, actor, member.householdId, at, patch.source);
      await recordAudit(trx, actor, {
        action: 'update', entityType: 'member', entityId: memberId, regionCode: member.villageCode,
        details: { householdId: member.householdId, fields: changes.map((c) => c.field) },
      }, at);
    });
  } catch (error) {
    throw translateUniqueViolation(error, 'idNumber');
  }
  return presentMember(await findMemberById(ctx.db, memberId));
}
