import { parseIdNumber } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { searchHouseholds } from './household-search.repository.ts';
import type { HouseholdSearchQuery, HouseholdSummary } from './household-search.schemas.ts';
import { findVillageNames } from './households.repository.ts';
import { presentHouseholdSummary } from './households.presenter.ts';

/** The keyed hash of a full ID number typed into the search box (a malformed one is an error, not "no results"). */
function idHashOf(ctx: AppContext, idNumber: string): string {
  const parsed = parseIdNumber(idNumber, todayInChina(ctx.now()));
  if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', parsed.message, { field: 'idNumber' });
  return ctx.cipher.hash(parsed.facts.idNumber);
}

/** Lists and searches households inside the actor's region (a narrower region when asked). */
export async function listHouseholds(ctx: AppContext, actor: Actor, query: HouseholdSearchQuery) {
  requirePermission(actor, 'registry:read');
  const { rows, total } = await searchHouseholds(ctx.db, actor, {
    regionCode: query.regionCode,
    text: query.q,
    idHash: query.idNumber === undefined ? undefined : idHashOf(ctx, query.idNumber),
    idTail: query.idTail?.toUpperCase(),
    povertyStatus: query.povertyStatus,
    householdType: query.householdType,
    mainCause: query.mainCause,
    yearIdentified: query.yearIdentified,
    yearExited: query.yearExited,
  }, { sort: query.sort, order: query.order, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  const names = await findVillageNames(ctx.db, rows.map((r) => r.villageCode));
  const items: HouseholdSummary[] = rows.map((r) => presentHouseholdSummary(r, names.get(r.villageCode) ?? null));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
