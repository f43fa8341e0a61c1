import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { toCells, toTableColumns } from './export-columns.ts';
import { assertMayExport, describeFilters, toHouseholdFilter } from './export-filters.ts';
import { readHouseholdBatches } from './household-batches.ts';
import type { ExportRunOptions } from './household-export.service.ts';
import type { HouseholdExportQuery } from './household-export.schemas.ts';
import { measureExportColumns } from './measure-export-columns.ts';
import { countMatchingMeasures, findMeasuresOf, type ExportMeasureRow } from './measure-export.repository.ts';
import { startTableExport, type ExportFile } from './table-export.service.ts';

function byHousehold(measures: readonly ExportMeasureRow[]): Map<number, ExportMeasureRow[]> {
  const grouped = new Map<number, ExportMeasureRow[]>();
  for (const m of measures) {
    const list = grouped.get(m.householdId) ?? [];
    list.push(m);
    grouped.set(m.householdId, list);
  }
  return grouped;
}

/** The assistance measures of the filtered households, household by household. Holds no ID numbers. */
export async function startMeasureExport(ctx: AppContext, actor: Actor, query: HouseholdExportQuery, run: ExportRunOptions = {}): Promise<ExportFile> {
  assertMayExport(actor, query);
  const filter = toHouseholdFilter(ctx, query);
  const columns = measureExportColumns();
  return startTableExport(ctx, actor, {
    entityType: 'assistanceMeasure', title: { zh: '帮扶措施台账', en: 'Assistance measures' }, fileStem: 'measures', options: query,
    regionCode: query.regionCode ?? actor.regionCode, filters: describeFilters(query),
    rowCount: await countMatchingMeasures(ctx.db, actor, filter),
    columns: toTableColumns(columns, query.lang),
    async writeRows(writer) {
      for await (const { households, villageNames } of readHouseholdBatches(ctx, actor, filter, { batchSize: run.batchSize })) {
        const measures = byHousehold(await findMeasuresOf(ctx.db, actor, households.map((h) => h.id)));
        const rows = households.flatMap((household) => (measures.get(household.id) ?? []).map((measure) => toCells(columns, {
          household, measure, villageName: villageNames.get(household.villageCode) ?? household.villageCode,
        }, query.lang)));
        if (!(await writer.writeRows(rows))) return false;
      }
      return true;
    },
  });
}
