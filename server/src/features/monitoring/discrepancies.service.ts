import type { DiscrepancyKind } from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { findDiscrepancies } from './discrepancies.repository.ts';
import type { DiscrepancyView } from './monitoring.schemas.ts';

/** Members whose department record contradicts the registry (e.g. on the dibao roll, not marked dibao). */
export async function listDiscrepancies(ctx: AppContext, actor: Actor, kind: DiscrepancyKind, region: string | undefined, limit: number): Promise<{ total: number; items: DiscrepancyView[] }> {
  requirePermission(actor, 'registry:read');
  const { total, rows } = await findDiscrepancies(ctx.db, actor, kind, region, limit);
  return {
    total,
    items: rows.map((r) => ({
      kind, householdId: r.householdId, householdNo: r.householdNo, villageCode: r.villageCode, memberId: r.memberId, memberName: r.memberName,
      idMasked: r.idMasked, registryValue: String(r.registryValue), feedValue: r.code ?? kind, eventDate: r.eventDate, batchId: r.batchId,
    })),
  };
}
