import { checkMemberIdentity, isWithinRegion, type Gender } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, isErrorCode } from '../../errors/app-error.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { findCurrentIdHolders } from './members.repository.ts';
import { toIdEnds, type StoredIdNumber } from './members.presenter.ts';

export interface IdentityInput {
  idNumber: string;
  gender?: Gender | undefined;
  birthDate?: string | undefined;
}

/**
 * Validates an ID number (and the gender and birth date entered beside it) and prepares its
 * stored form. Errors name the field under `fieldPrefix` (`members.2.` in a registration).
 */
export function identifyMember(cipher: PersonalDataCipher, input: IdentityInput, today: string, fieldPrefix = ''): StoredIdNumber {
  const result = checkMemberIdentity(input, today);
  if (!result.ok) {
    const code = isErrorCode(result.issue.code) ? result.issue.code : 'VALIDATION_FAILED';
    throw new AppError(code, result.issue.message, { field: fieldPrefix + result.issue.field });
  }
  const id = result.facts.idNumber;
  return {
    idNumberEnc: cipher.encrypt(id),
    idHash: cipher.hash(id),
    ...toIdEnds(id),
    gender: result.facts.gender,
    birthDate: result.facts.birthDate,
  };
}

/** The same person entered twice in one request. */
export function assertNoRepeatedIdNumbers(ids: readonly { idHash: string }[], fieldOf: (index: number) => string): void {
  const seen = new Map<string, number>();
  ids.forEach(({ idHash }, index) => {
    const first = seen.get(idHash);
    if (first !== undefined) {
      throw new AppError('ID_NUMBER_DUPLICATE', `the same ID number is entered twice (${fieldOf(first)} and ${fieldOf(index)})`, { field: fieldOf(index) });
    }
    seen.set(idHash, index);
  });
}

/**
 * Refuses ID numbers that belong to a current member of a household (one person, one household).
 * The error names that household when the actor may see it, and only says "another household" otherwise.
 */
export async function assertIdNumbersFree(trx: Transaction<Database>, actor: Actor, ids: readonly { idHash: string; field: string }[], exceptMemberId?: number): Promise<void> {
  const holders = (await findCurrentIdHolders(trx, ids.map((i) => i.idHash))).filter((h) => h.memberId !== exceptMemberId);
  for (const { idHash, field } of ids) {
    const holder = holders.find((h) => h.idHash === idHash);
    if (!holder) continue;
    if (!isWithinRegion(actor.regionCode, holder.villageCode)) {
      throw new AppError('ID_NUMBER_DUPLICATE', 'this ID number already belongs to a current member of another household', { field });
    }
    const village = await findRegion(trx, holder.villageCode);
    const villageName = village?.name ?? holder.villageCode;
    throw new AppError('ID_NUMBER_DUPLICATE',
      `this ID number already belongs to a current member of household ${holder.householdNo} in ${villageName} (${holder.villageCode})`,
      { field, details: { householdId: holder.householdId, householdNo: holder.householdNo, villageCode: holder.villageCode, villageName } });
  }
}
