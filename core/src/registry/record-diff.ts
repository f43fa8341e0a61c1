export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose values differ between two flat records (nested values compared whole). */
export function diffRecords(before: Readonly<Record<string, unknown>> | null, after: Readonly<Record<string, unknown>> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (!isSame(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}
