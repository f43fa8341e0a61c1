import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { assertMayExport, describeFilters, toHouseholdFilter } from './export-filters.ts';
import { toCells, toTableColumns } from './export-columns.ts';
import { readHouseholdBatches } from './household-batches.ts';
import { householdExportColumns } from './household-export-columns.ts';
import { countMatchingHouseholds } from './household-export.repository.ts';
import type { HouseholdExportQuery } from './household-export.schemas.ts';
import { startTableExport, type ExportFile } from './table-export.service.ts';

export interface ExportRunOptions {
  /** Households read per query (tests make it small to cross batch boundaries). */
  batchSize?: number;
}

/**
 * The household roll as filtered, in the actor's region, by village and household number; the
 * head's ID number masked unless the role may export it in full and asked to.
 */
export async function startHouseholdExport(ctx: AppContext, actor: Actor, query: HouseholdExportQuery, run: ExportRunOptions = {}): Promise<ExportFile> {
  assertMayExport(actor, query);
  const filter = toHouseholdFilter(ctx, query);
  const isUnmasked = query.idNumbers === 'unmasked';
  const columns = householdExportColumns(isUnmasked);
  return startTableExport(ctx, actor, {
    entityType: 'household', title: { zh: '农户名单', en: 'Households' }, fileStem: 'households', options: query,
    regionCode: query.regionCode ?? actor.regionCode, filters: describeFilters(query),
    rowCount: await countMatchingHouseholds(ctx.db, actor, filter),
    columns: toTableColumns(columns, query.lang),
    async writeRows(writer) {
      const batches = readHouseholdBatches(ctx, actor, filter, { batchSize: run.batchSize, idForm: isUnmasked ? 'encrypted' : 'masked' });
      for await (const { households, villageNames } of batches) {
        const rows = households.map((household) => toCells(columns, {
          household,
          villageName: villageNames.get(household.villageCode) ?? household.villageCode,
          headIdNumber: household.headIdNumber === null ? null : isUnmasked ? ctx.cipher.decrypt(household.headIdNumber) : household.headIdNumber,
        }, query.lang));
        if (!(await writer.writeRows(rows))) return false;
      }
      return true;
    },
  });
}
