import { discrepancyKinds, type DiscrepancyKind } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { toCells, toTableColumns } from '../household-export/export-columns.ts';
import { assertMayExport } from '../household-export/export-filters.ts';
import { findRegionNames } from '../household-export/household-export.repository.ts';
import { startTableExport, type ExportFile } from '../household-export/table-export.service.ts';
import { findDiscrepancies } from '../monitoring/discrepancies.repository.ts';
import { countAlertsByRisk, findAlerts } from '../monitoring/monitoring-alerts.repository.ts';
import { presentAlert } from '../monitoring/monitoring-alerts.service.ts';
import { alertExportColumns, discrepancyExportColumns } from './monitoring-export-columns.ts';
import { findHeadIdNumbers, findMemberIdNumbers } from './monitoring-export.repository.ts';
import type { AlertExportQuery, DiscrepancyExportQuery } from './monitoring-export.schemas.ts';

/** Rows read at a time: the writer waits for the client before the next batch is read. */
const BATCH = 1000;

const definedOnly = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/** The alert inbox as it is filtered, as a file: masked unless asked and permitted, audited when it starts. */
export async function startAlertExport(ctx: AppContext, actor: Actor, query: AlertExportQuery): Promise<ExportFile> {
  assertMayExport(actor, query);
  const { format: _format, lang, idNumbers, ...filter } = query;
  const masked = idNumbers === 'masked';
  const counts = await countAlertsByRisk(ctx.db, actor, filter);
  const total = filter.riskType ? (counts[filter.riskType] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
  const columns = alertExportColumns(masked);
  return startTableExport(ctx, actor, {
    entityType: 'monitoringAlert', title: { zh: '监测预警名单', en: 'Monitoring alerts' }, fileStem: 'monitoring-alerts', options: query,
    regionCode: filter.region ?? actor.regionCode, filters: definedOnly(filter), rowCount: total,
    columns: toTableColumns(columns, lang),
    async writeRows(writer) {
      for (let offset = 0; ; offset += BATCH) {
        const alerts = (await findAlerts(ctx.db, actor, filter, BATCH, offset)).map(presentAlert);
        const heads = new Map((await findHeadIdNumbers(ctx.db, alerts.map((a) => a.householdId))).map((h) => [h.householdId, masked ? h.idMasked : ctx.cipher.decrypt(h.idNumberEnc)]));
        const rows = alerts.map((alert) => toCells(columns, { alert, headIdNumber: heads.get(alert.householdId) ?? null }, lang));
        if (!(await writer.writeRows(rows))) return false;
        if (alerts.length < BATCH) return true;
      }
    },
  });
}

/** One discrepancy list, or every list in turn, for the actor's region (or the region asked for). */
export async function startDiscrepancyExport(ctx: AppContext, actor: Actor, query: DiscrepancyExportQuery): Promise<ExportFile> {
  assertMayExport(actor, query);
  const { lang, idNumbers, region } = query;
  const masked = idNumbers === 'masked';
  const kinds: readonly DiscrepancyKind[] = query.kind ? [query.kind] : discrepancyKinds.codes;
  let total = 0;
  for (const kind of kinds) total += (await findDiscrepancies(ctx.db, actor, kind, region, 1)).total;
  const columns = discrepancyExportColumns(masked);
  return startTableExport(ctx, actor, {
    entityType: 'discrepancy', title: { zh: '数据比对疑点名单', en: 'Discrepancies' }, fileStem: 'discrepancies', options: query,
    regionCode: region ?? actor.regionCode, filters: definedOnly({ kind: query.kind, region }), rowCount: total,
    columns: toTableColumns(columns, lang),
    async writeRows(writer) {
      for (const kind of kinds) {
        for (let offset = 0; ; offset += BATCH) {
          const { rows } = await findDiscrepancies(ctx.db, actor, kind, region, BATCH, offset);
          const villages = await findRegionNames(ctx.db, rows.map((r) => r.villageCode));
          const full = masked ? new Map<number, string>() : new Map((await findMemberIdNumbers(ctx.db, rows.map((r) => r.memberId))).map((m) => [m.id, ctx.cipher.decrypt(m.idNumberEnc)]));
          const cells = rows.map((r) => toCells(columns, {
            discrepancy: {
              kind, householdId: r.householdId, householdNo: r.householdNo, villageCode: r.villageCode, memberId: r.memberId, memberName: r.memberName,
              idMasked: r.idMasked, registryValue: String(r.registryValue), feedValue: r.code ?? kind, eventDate: r.eventDate, batchId: r.batchId,
            },
            villageName: villages.get(r.villageCode) ?? r.villageCode,
            idNumber: full.get(r.memberId) ?? r.idMasked,
          }, lang));
          if (!(await writer.writeRows(cells))) return false;
          if (rows.length < BATCH) break;
        }
      }
      return true;
    },
  });
}
