import { diffRecords, maskBankAccount } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { HouseholdRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { assertCauses, assertYears, resolveWritableVillage } from './household-checks.ts';
import { findHouseholdInScope, isHouseholdNoTaken, moveMembersToVillage, updateHouseholdAtVersion } from './households.repository.ts';
import { presentHouseholdImage, toHouseholdColumns } from './households.presenter.ts';
import type { HouseholdPatch, HouseholdView } from './households.schemas.ts';
import { getHousehold, requireHouseholdInScope } from './households.service.ts';
import { translateUniqueViolation } from './unique-violation.ts';

function versionConflict(current: number, sent: number): AppError {
  return new AppError('VERSION_CONFLICT', `the household was changed by someone else (version ${current}, you sent ${sent}); reload it and try again`, {
    field: 'version', details: { currentVersion: current },
  });
}

/** The bank-account columns for a new value (null clears it). */
function bankAccountColumns(ctx: AppContext, account: string | null) {
  return account ? { bankAccountEnc: ctx.cipher.encrypt(account), bankAccountMasked: maskBankAccount(account) } : { bankAccountEnc: null, bankAccountMasked: null };
}

function isSameBankAccount(ctx: AppContext, row: HouseholdRow, account: string | null): boolean {
  return row.bankAccountEnc === null ? account === null : account !== null && ctx.cipher.decrypt(row.bankAccountEnc) === account;
}

/**
 * Changes a household's own fields, if the caller read the current version (optimistic
 * concurrency). The before/after images (masked) go to the change history, the fact to the audit log.
 */
export async function updateHousehold(ctx: AppContext, actor: Actor, householdId: number, patch: HouseholdPatch): Promise<HouseholdView> {
  requirePermission(actor, 'registry:write');
  const { version, source, bankAccount, ...fields } = patch;
  const row = await requireHouseholdInScope(ctx.db, actor, householdId);
  if (row.version !== version) throw versionConflict(row.version, version);
  const villageCode = fields.villageCode === undefined ? row.villageCode : await resolveWritableVillage(ctx.db, actor, fields.villageCode);
  const bankChanged = bankAccount !== undefined && !isSameBankAccount(ctx, row, bankAccount);
  const columns = { ...toHouseholdColumns(fields), villageCode, ...(bankChanged ? bankAccountColumns(ctx, bankAccount ?? null) : {}) };
  const after = { ...row, ...columns };
  const otherCauses = fields.otherCauses ?? (JSON.parse(row.otherCauses) as string[]);
  assertCauses(after.mainCause, otherCauses);
  assertYears(after.yearIdentified, after.yearExited, ctx.now().getUTCFullYear());

  const beforeImage = presentHouseholdImage(row);
  const afterImage = presentHouseholdImage(after);
  const changedFields = diffRecords(beforeImage, afterImage).map((c) => c.field);
  // A new account with the same last four digits changes nothing visible, but it is a change.
  if (bankChanged && !changedFields.includes('bankAccountMasked')) changedFields.push('bankAccountMasked');
  if (changedFields.length === 0) return getHousehold(ctx, actor, householdId);

  const at = ctx.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // Re-read inside the transaction: the scope and version are checked against what is written.
      const current = await findHouseholdInScope(trx, actor, householdId);
      if (!current) throw new AppError('OUT_OF_SCOPE', `household ${householdId} not found in your region`);
      if (after.householdNo !== row.householdNo && await isHouseholdNoTaken(trx, after.householdNo, householdId)) {
        throw new AppError('HOUSEHOLD_NO_TAKEN', `household number ${after.householdNo} is already taken`, { field: 'householdNo' });
      }
      const written = await updateHouseholdAtVersion(trx, householdId, version, { ...columns, updatedAt: at, updatedBy: actor.userId });
      if (!written) throw versionConflict(current.version, version);
      if (villageCode !== row.villageCode) await moveMembersToVillage(trx, householdId, villageCode);
      await insertRecordChange(trx, {
        householdId, villageCode, entityType: 'household', entityId: householdId, action: 'update',
        changedAt: at, actorId: actor.userId, actorName: actor.username, source, before: beforeImage, after: afterImage,
      });
      await recordAudit(trx, actor, {
        action: 'update', entityType: 'household', entityId: householdId, regionCode: villageCode,
        details: { fields: changedFields, version: version + 1 },
      }, at);
    });
  } catch (error) {
    throw translateUniqueViolation(error);
  }
  return getHousehold(ctx, actor, householdId);
}
