import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { IncomeRow } from '../../db/schema.ts';
import { toCells, toTableColumns } from './export-columns.ts';
import { assertMayExport, describeFilters, toHouseholdFilter } from './export-filters.ts';
import { readHouseholdBatches } from './household-batches.ts';
import type { ExportRunOptions } from './household-export.service.ts';
import { countMatchingIncomes, findIncomesOf } from './household-export.repository.ts';
import type { IncomeExportQuery } from './household-export.schemas.ts';
import { incomeExportColumns } from './income-export-columns.ts';
import { readTransferItems } from '../incomes/transfer-items-store.ts';
import { startTableExport, type ExportFile } from './table-export.service.ts';

function byHousehold(incomes: readonly IncomeRow[]): Map<number, IncomeRow[]> {
  const grouped = new Map<number, IncomeRow[]>();
  for (const i of incomes) {
    const list = grouped.get(i.householdId) ?? [];
    list.push(i);
    grouped.set(i.householdId, list);
  }
  return grouped;
}

/** The incomes of the filtered households, by household and year (one year when asked). Holds no ID numbers. */
export async function startIncomeExport(ctx: AppContext, actor: Actor, query: IncomeExportQuery, run: ExportRunOptions = {}): Promise<ExportFile> {
  assertMayExport(actor, query);
  const filter = toHouseholdFilter(ctx, query);
  const columns = incomeExportColumns();
  const title = query.year === undefined ? { zh: '收入情况', en: 'Incomes' } : { zh: `${query.year}年收入情况`, en: `Incomes ${query.year}` };
  return startTableExport(ctx, actor, {
    entityType: 'income', title, fileStem: query.year === undefined ? 'incomes' : `incomes_${query.year}`, options: query,
    regionCode: query.regionCode ?? actor.regionCode, filters: describeFilters(query),
    rowCount: await countMatchingIncomes(ctx.db, actor, filter, query.year),
    columns: toTableColumns(columns, query.lang),
    async writeRows(writer) {
      for await (const { households, villageNames } of readHouseholdBatches(ctx, actor, filter, { batchSize: run.batchSize })) {
        const incomes = byHousehold(await findIncomesOf(ctx.db, actor, households.map((h) => h.id), query.year));
        const rows = households.flatMap((household) => (incomes.get(household.id) ?? []).map((income) => toCells(columns, {
          household, income, villageName: villageNames.get(household.villageCode) ?? household.villageCode, transferItems: readTransferItems(income.transferItems),
        }, query.lang)));
        if (!(await writer.writeRows(rows))) return false;
      }
      return true;
    },
  });
}
