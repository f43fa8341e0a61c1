import { maskBankAccount } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { isoDate, type AppContext, yearInChina } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { assertIdNumbersFree, assertNoRepeatedIdNumbers, identifyMember } from '../members/member-identity.ts';
import { buildMemberRow, maskStoredId } from '../members/members.presenter.ts';
import { findCurrentMembers, insertMembers, reserveMemberKeys } from '../members/members.repository.ts';
import { assertCauses, assertComposition, assertYears, resolveWritableVillage } from './household-checks.ts';
import { summarizeMembers } from './household-summary.service.ts';
import { findHouseholdInScope, findVillageNames, insertHousehold, isHouseholdNoTaken, reserveHouseholdKeys } from './households.repository.ts';
import { buildHouseholdFacts, presentHousehold } from './households.presenter.ts';
import type { HouseholdInput, HouseholdView } from './households.schemas.ts';
import { translateUniqueViolation } from './unique-violation.ts';

/** A household in the actor's region, or OUT_OF_SCOPE (404) whether it is elsewhere or nowhere. */
export async function requireHouseholdInScope(db: Db, actor: Actor, householdId: number) {
  const row = await findHouseholdInScope(db, actor, householdId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `household ${householdId} not found in your region`);
  return row;
}

export async function getHousehold(ctx: AppContext, actor: Actor, householdId: number): Promise<HouseholdView> {
  requirePermission(actor, 'registry:read');
  const row = await requireHouseholdInScope(ctx.db, actor, householdId);
  const members = await findCurrentMembers(ctx.db, householdId);
  const names = await findVillageNames(ctx.db, [row.villageCode]);
  return presentHousehold(row, members, names.get(row.villageCode) ?? null);
}

/** Registers a household with its members in one transaction, after every rule has been checked. */
export async function registerHousehold(ctx: AppContext, actor: Actor, input: HouseholdInput): Promise<HouseholdView> {
  requirePermission(actor, 'registry:write');
  const villageCode = await resolveWritableVillage(ctx.db, actor, input.villageCode);
  const now = ctx.now();
  assertCauses(input.mainCause, input.otherCauses);
  assertYears(input.yearIdentified, input.yearExited, yearInChina(now));
  const memberField = (i: number, key: string) => (i < 0 ? 'members' : `members.${i}.${key}`);
  const identities = input.members.map((m, i) => identifyMember(ctx.cipher, m, isoDate(now), `members.${i}.`));
  assertNoRepeatedIdNumbers(identities, (i) => memberField(i, 'idNumber'));
  assertComposition(input.members, memberField);

  const at = now.toISOString();
  const bankAccount = input.bankAccount;

  let householdId = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (await isHouseholdNoTaken(trx, input.householdNo)) {
        throw new AppError('HOUSEHOLD_NO_TAKEN', `household number ${input.householdNo} is already taken`, { field: 'householdNo' });
      }
      const [newId] = await reserveHouseholdKeys(trx, 1);
      if (newId === undefined) throw new Error('no household key reserved');
      householdId = newId;
      const memberIds = await reserveMemberKeys(trx, input.members.length);
      const memberRows = input.members.map((m, i) => {
        const stored = identities[i];
        const id = memberIds[i];
        if (!stored || id === undefined) throw new Error('identity or key missing for a member');
        return buildMemberRow(m, { id, householdId: newId, villageCode }, stored);
      });
      const summary = summarizeMembers(memberRows.map((m) => ({ id: m.id, name: m.name, relationToHead: m.relationToHead, isDeceased: m.isDeceased ?? 0 })));
      await assertIdNumbersFree(trx, actor, memberRows.map((m, i) => ({ idHash: m.idHash, field: memberField(i, 'idNumber') })));
      await insertHousehold(trx, {
        ...buildHouseholdFacts(input),
        id: newId,
        villageCode,
        bankAccountEnc: bankAccount ? ctx.cipher.encrypt(bankAccount) : null,
        bankAccountMasked: bankAccount ? maskBankAccount(bankAccount) : null,
        ...summary,
        createdAt: at, createdBy: actor.userId, updatedAt: at, updatedBy: actor.userId,
      });
      await insertMembers(trx, memberRows);
      await recordAudit(trx, actor, {
        action: 'create', entityType: 'household', entityId: newId, regionCode: villageCode,
        details: { householdNo: input.householdNo, members: memberRows.map((m) => ({ id: m.id, idNumber: maskStoredId(m) })) },
      }, at);
    });
  } catch (error) {
    throw translateUniqueViolation(error);
  }
  return getHousehold(ctx, actor, householdId);
}
