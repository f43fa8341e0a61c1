import type { Db } from '../../db/database.ts';

/** The head's ID number of these households: masked, and encrypted for an unmasked export. */
export function findHeadIdNumbers(db: Db, householdIds: readonly number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('households as h').innerJoin('members as m', 'm.id', 'h.headMemberId')
    .select(['h.id as householdId', 'm.idMasked', 'm.idNumberEnc']).where('h.id', 'in', [...householdIds]).execute();
}

/** Encrypted ID numbers of these members, for an unmasked export. */
export function findMemberIdNumbers(db: Db, memberIds: readonly number[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('members').select(['id', 'idNumberEnc']).where('id', 'in', [...memberIds]).execute();
}
