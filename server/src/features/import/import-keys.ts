import type { StagedBatch, StagedTable } from './import-staging.ts';

/** Keys reserved for the households and members a staged batch creates, in placeholder order (-1, -2, …). */
export interface ReservedKeys {
  households: readonly number[];
  members: readonly number[];
}

/** How many households and members a staged batch creates (the keys it needs). */
export function countNewKeys(batch: StagedBatch): { households: number; members: number } {
  return {
    households: batch.newHouseholds.count,
    members: batch.newMembers.count + batch.changes.reduce((sum, c) => sum + c.newMembers.length, 0),
  };
}

/** Maps a batch's placeholders (negative, numbered across the file) to its reserved keys. */
function keyMapper(placeholders: readonly number[], keys: readonly number[]) {
  const map = new Map<number, number>();
  placeholders.forEach((p, i) => {
    const key = keys[i];
    if (key === undefined) throw new Error('fewer keys reserved than the batch creates');
    map.set(p, key);
  });
  return (value: unknown): unknown => (typeof value === 'number' && value < 0 ? map.get(value) ?? value : value);
}

function columnOf(table: StagedTable, column: string): number[] {
  return (table.values[table.columns.indexOf(column)] ?? []).map(Number);
}

function remapColumn(table: StagedTable, column: string, map: (value: unknown) => unknown): void {
  const values = table.values[table.columns.indexOf(column)];
  if (!values) return;
  for (let r = 0; r < values.length; r++) values[r] = map(values[r]) as number;
}

function remapKey(record: Record<string, unknown> | null, key: string, map: (value: unknown) => unknown): void {
  if (record && key in record) record[key] = map(record[key]);
}

/** Puts the reserved keys in place of the placeholders, in place, before the batch is written. */
export function assignImportKeys(batch: StagedBatch, keys: ReservedKeys): void {
  const household = keyMapper(columnOf(batch.newHouseholds, 'id'), keys.households);
  const member = keyMapper([...columnOf(batch.newMembers, 'id'), ...batch.changes.flatMap((c) => c.newMembers.map((m) => m.id))], keys.members);
  remapColumn(batch.newHouseholds, 'id', household);
  remapColumn(batch.newHouseholds, 'headMemberId', member);
  remapColumn(batch.newMembers, 'id', member);
  remapColumn(batch.newMembers, 'householdId', household);
  for (const change of batch.changes) {
    for (const m of change.newMembers) m.id = member(m.id) as number;
    // A new member can become the head of an existing household.
    remapKey(change.household?.columns ?? null, 'headMemberId', member);
    remapKey(change.household?.after ?? null, 'headMemberId', member);
  }
}
