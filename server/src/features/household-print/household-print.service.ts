import { PassThrough } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { assertReadableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { waitForDrain } from '../../spreadsheet/wait-for-drain.ts';
import { toHouseholdFilter } from '../household-export/export-filters.ts';
import { readHouseholdBatches } from '../household-export/household-batches.ts';
import { countMatchingHouseholds } from '../household-export/household-export.repository.ts';
import { toWebStream } from '../../http/web-stream.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { householdCardHtml } from './household-card.html.ts';
import { householdHandbookHtml } from './household-handbook.html.ts';
import { loadPrintDossiers, type PrintDossier } from './household-print.presenter.ts';
import { findRegion } from './household-print.repository.ts';
import type { PrintDocument, VillagePrintQuery } from './household-print.schemas.ts';
import { pageEnd, pageStart } from './print-page.html.ts';

const TITLES: Record<PrintDocument, string> = { handbook: '扶贫手册', card: '扶贫明白卡' };
const ENTITY_TYPES: Record<PrintDocument, string> = { handbook: 'householdHandbook', card: 'householdCard' };

function render(document: PrintDocument, dossier: PrintDossier, printedOn: string): string {
  return document === 'handbook' ? householdHandbookHtml(dossier, printedOn) : householdCardHtml(dossier, printedOn);
}

/** A print of personal data is an export of it: on record with who, what and how many. */
async function auditPrint(ctx: AppContext, actor: Actor, document: PrintDocument, target: { householdId?: number; regionCode: string; households: number; filters?: Record<string, unknown> }) {
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'export', entityType: ENTITY_TYPES[document], entityId: target.householdId ?? null, regionCode: target.regionCode,
    details: { format: 'html', document, households: target.households, idNumbers: 'masked', ...(target.filters ? { filters: target.filters } : {}) },
  }, ctx.now().toISOString()));
}

/** One household's handbook or card, as a whole HTML page. */
export async function printHousehold(ctx: AppContext, actor: Actor, householdId: number, document: PrintDocument): Promise<string> {
  requirePermission(actor, 'registry:read');
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const printedOn = todayInChina(ctx.now());
  const [dossier] = await loadPrintDossiers(ctx.db, actor, [household.id], printedOn);
  if (!dossier) throw new AppError('OUT_OF_SCOPE', `household ${householdId} not found in your region`);
  await auditPrint(ctx, actor, document, { householdId, regionCode: household.villageCode, households: 1 });
  return `${pageStart(`${TITLES[document]} · ${household.headName}`, 1)}${render(document, dossier, printedOn)}${pageEnd()}`;
}

/**
 * Every household of a village (as the list's filters narrow it), one document after another, each
 * starting a new page; streamed batch by batch, so a large village prints in flat memory.
 */
export async function printVillage(ctx: AppContext, actor: Actor, villageCode: string, document: PrintDocument, query: VillagePrintQuery): Promise<ReadableStream<Uint8Array>> {
  requirePermission(actor, 'registry:read');
  assertReadableRegion(actor, villageCode);
  const region = await findRegion(ctx.db, villageCode);
  if (!region) throw new AppError('OUT_OF_SCOPE', `village ${villageCode} not found in your region`);
  if (region.level !== 'village') throw new AppError('REGION_NOT_VILLAGE', `${villageCode} is not a village`, { field: 'villageCode' });
  const filter = toHouseholdFilter(ctx, { ...query, regionCode: villageCode });
  const count = await countMatchingHouseholds(ctx.db, actor, filter);
  const filters = Object.fromEntries(Object.entries(query).filter(([key, v]) => v !== undefined && key !== 'idNumber'));
  await auditPrint(ctx, actor, document, { regionCode: villageCode, households: count, filters });

  const printedOn = todayInChina(ctx.now());
  const out = new PassThrough();
  const write = async () => {
    out.write(pageStart(`${TITLES[document]} · ${region.name}`, count));
    if (count === 0) out.write(`<article class="document"><p class="empty">${region.name}没有符合条件的农户。</p></article>`);
    for await (const { households } of readHouseholdBatches(ctx, actor, filter, { batchSize: 100 })) {
      const dossiers = await loadPrintDossiers(ctx.db, actor, households.map((h) => h.id), printedOn);
      out.write(dossiers.map((d) => render(document, d, printedOn)).join(''));
      if (!(await waitForDrain(out))) return;
    }
    out.end(pageEnd());
  };
  write().catch((error: unknown) => {
    ctx.logger.error({ err: error, actorId: actor.userId }, 'village print failed');
    out.destroy(error instanceof Error ? error : new Error('village print failed'));
  });
  return toWebStream(out);
}
