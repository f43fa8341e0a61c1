import { type HouseholdListQuery, toApiQuery } from '../households/household-query.ts';

/** 扶贫手册 (the household's dossier) or 明白卡 (one page it keeps). */
export type PrintDocument = 'handbook' | 'card';

/** A village is the one level a whole-village print is made for. */
export function isVillageCode(regionCode: string): boolean {
  return /^\d{12}$/.test(regionCode);
}

export function householdPrintHref(householdId: number, document: PrintDocument): string {
  return `/api/v1/households/${encodeURIComponent(householdId)}/print/${document}`;
}

/** Every household of the village the list shows, as the list filters it, one document per page. */
export function villagePrintHref(villageCode: string, document: PrintDocument, query: HouseholdListQuery): string {
  const params = new URLSearchParams();
  const skipped = new Set(['regionCode', 'sort', 'order', 'page', 'pageSize']);
  for (const [key, value] of Object.entries(toApiQuery(query, villageCode))) {
    if (!skipped.has(key) && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1/villages/${villageCode}/print/${document}${search ? `?${search}` : ''}`;
}
