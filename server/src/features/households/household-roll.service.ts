import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { HouseholdRow } from '../../db/schema.ts';
import { findEarliestImagesSince, findRollHouseholds } from './household-history.repository.ts';
import type { RollEntry } from './household-history.schemas.ts';
import { presentHouseholdImage } from './households.presenter.ts';
import type { HouseholdImage } from './households.schemas.ts';

export interface RollQuery {
  asOf: string;
  regionCode?: string | undefined;
  page: number;
  pageSize: number;
}

export function nextDay(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The household as it stood at a moment: every change after the moment recorded the values it
 * overwrote (its before-image), so the earliest such change holds the values of that moment; with
 * no change since, the current row does.
 */
export function imageAsOf(row: HouseholdRow, laterBefore: string | undefined): HouseholdImage {
  return laterBefore === undefined ? presentHouseholdImage(row) : (JSON.parse(laterBefore) as HouseholdImage);
}

/**
 * The roll as it stood at the end of `asOf` (UTC, the time the server records): the households
 * registered by then, each with its values at that moment (see imageAsOf). Who may see a
 * household is decided by where it is now, as everywhere else.
 */
export async function listRollAsOf(ctx: AppContext, actor: Actor, query: RollQuery) {
  requirePermission(actor, 'registry:read');
  const end = nextDay(query.asOf);
  const { rows, total } = await findRollHouseholds(ctx.db, actor, query.regionCode, end, query.pageSize, (query.page - 1) * query.pageSize);
  const later = await findEarliestImagesSince(ctx.db, rows.map((r) => r.id), end);
  const items: RollEntry[] = rows.map((r) => ({ id: r.id, ...imageAsOf(r, later.get(r.id)) }));
  return { asOf: query.asOf, items, total, page: query.page, pageSize: query.pageSize };
}
