import { isWithinRegion, regionAncestors } from '@fupin/core';
import { assertReadableRegion, type Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { findChildRegions, findRegion, findRegionsByCodes, searchRegions } from './regions.repository.ts';

/** A region with the path from its province down, for breadcrumbs and pickers. */
export async function getRegion(db: Db, actor: Actor, code: string) {
  const region = await findRegion(db, code);
  // Ancestors of the actor's own region are readable (they frame the tree); nothing beside it is.
  if (!region || !(isWithinRegion(actor.regionCode, code) || isWithinRegion(code, actor.regionCode))) {
    throw new AppError('NOT_FOUND', `region ${code} not found`, { field: 'code' });
  }
  const path = await findRegionsByCodes(db, regionAncestors(code));
  return { ...region, path };
}

export async function listChildRegions(db: Db, actor: Actor, parentCode: string) {
  assertReadableRegion(actor, parentCode);
  return findChildRegions(db, parentCode);
}

export function findRegionsByName(db: Db, actor: Actor, text: string, limit: number) {
  return searchRegions(db, text, actor.regionCode, limit);
}

/** Ensures a code names a real village (12 digits) before a household is placed in it. */
export async function assertVillage(db: Db, code: string, field = 'villageCode'): Promise<void> {
  const region = await findRegion(db, code);
  if (!region) throw new AppError('REGION_UNKNOWN', `region ${code} does not exist`, { field });
  if (region.level !== 'village') throw new AppError('REGION_NOT_VILLAGE', `region ${code} (${region.name}) is not a village`, { field });
}
