import { hasPermission, maskIdNumber, parseIdNumber } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import type { HouseholdFilter } from '../households/household-search.repository.ts';
import type { ExportOptionsQuery, HouseholdExportQuery } from './household-export.schemas.ts';

/** Options of the file, not filters of the list. */
const OPTION_KEYS = new Set(['format', 'lang', 'idNumbers', 'idNumber']);

/** The list's filters as the household search applies them (a full ID number as its keyed hash). */
export function toHouseholdFilter(ctx: AppContext, query: Omit<HouseholdExportQuery, keyof ExportOptionsQuery>): HouseholdFilter {
  let idHash: string | undefined;
  if (query.idNumber !== undefined) {
    const parsed = parseIdNumber(query.idNumber, todayInChina(ctx.now()));
    if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', parsed.message, { field: 'idNumber' });
    idHash = ctx.cipher.hash(parsed.facts.idNumber);
  }
  return {
    regionCode: query.regionCode, text: query.q, idHash, idTail: query.idTail?.toUpperCase(),
    povertyStatus: query.povertyStatus, householdType: query.householdType, mainCause: query.mainCause,
    yearIdentified: query.yearIdentified, yearExited: query.yearExited,
  };
}

/** The filters as the audit trail keeps them: a full ID number only masked. */
export function describeFilters(query: HouseholdExportQuery & { year?: number | undefined }): Record<string, unknown> {
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(query).filter(([key, v]) => v !== undefined && !OPTION_KEYS.has(key)));
  if (query.idNumber !== undefined) filters.idNumber = maskIdNumber(query.idNumber);
  return filters;
}

/** Reading the registry is enough for a masked export; full ID numbers need their own permission. */
export function assertMayExport(actor: Actor, options: ExportOptionsQuery): void {
  requirePermission(actor, 'registry:read');
  if (options.idNumbers === 'unmasked' && !hasPermission(actor.role, 'personalData:exportUnmasked')) {
    throw new AppError('FORBIDDEN', `role ${actor.role} may not export unmasked personal data`, { field: 'idNumbers' });
  }
}

