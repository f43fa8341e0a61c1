import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { MemberRow } from '../../db/schema.ts';
import { maskPhone, toCells, toTableColumns } from './export-columns.ts';
import { assertMayExport, describeFilters, toHouseholdFilter } from './export-filters.ts';
import { readHouseholdBatches } from './household-batches.ts';
import type { ExportRunOptions } from './household-export.service.ts';
import { countMatchingMembers, findCurrentMembersOf } from './household-export.repository.ts';
import type { HouseholdExportQuery } from './household-export.schemas.ts';
import { memberExportColumns } from './member-export-columns.ts';
import { startTableExport, type ExportFile } from './table-export.service.ts';

/** The head first, then by date of birth (the order the query gives). */
function inHouseholdOrder(members: readonly MemberRow[]): Map<number, MemberRow[]> {
  const byHousehold = new Map<number, MemberRow[]>();
  for (const m of members) {
    const list = byHousehold.get(m.householdId) ?? [];
    if (m.relationToHead === 'self') list.unshift(m);
    else list.push(m);
    byHousehold.set(m.householdId, list);
  }
  return byHousehold;
}

/** The current members of the filtered households, household by household, ID and phone numbers masked unless unmasked. */
export async function startMemberExport(ctx: AppContext, actor: Actor, query: HouseholdExportQuery, run: ExportRunOptions = {}): Promise<ExportFile> {
  assertMayExport(actor, query);
  const filter = toHouseholdFilter(ctx, query);
  const isUnmasked = query.idNumbers === 'unmasked';
  const columns = memberExportColumns(isUnmasked);
  return startTableExport(ctx, actor, {
    entityType: 'member', title: { zh: '家庭成员名单', en: 'Members' }, fileStem: 'members', options: query,
    regionCode: query.regionCode ?? actor.regionCode, filters: describeFilters(query),
    rowCount: await countMatchingMembers(ctx.db, actor, filter),
    columns: toTableColumns(columns, query.lang),
    async writeRows(writer) {
      for await (const { households, villageNames } of readHouseholdBatches(ctx, actor, filter, { batchSize: run.batchSize })) {
        const members = inHouseholdOrder(await findCurrentMembersOf(ctx.db, actor, households.map((h) => h.id)));
        const rows = households.flatMap((household) => (members.get(household.id) ?? []).map((member) => toCells(columns, {
          household, member,
          villageName: villageNames.get(household.villageCode) ?? household.villageCode,
          idNumber: isUnmasked ? ctx.cipher.decrypt(member.idNumberEnc) : member.idMasked,
          phone: isUnmasked ? member.phone : maskPhone(member.phone),
        }, query.lang)));
        if (!(await writer.writeRows(rows))) return false;
      }
      return true;
    },
  });
}
