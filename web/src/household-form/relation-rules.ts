import { checkHouseholdComposition } from '@fupin/core';

export interface CompositionRow {
  relationToHead?: string | undefined;
  isDeceased?: boolean | undefined;
}

/** Why one member's relation to the head is refused. */
export type RelationIssue = 'secondHead' | 'secondSpouse' | 'deceasedHead';

export interface CompositionIssues {
  /** Issues by the index of the member row they belong on. */
  rows: ReadonlyMap<number, RelationIssue>;
  /** No member is the head yet: said on the list, not on any one row. */
  isHeadMissing: boolean;
}

/**
 * Core's composition rule (exactly one living head, at most one spouse), placed on the rows a
 * user has to change: the second head and the second spouse, not the first ones.
 */
export function findCompositionIssues(members: readonly (CompositionRow | undefined)[]): CompositionIssues {
  const rows = new Map<number, RelationIssue>();
  const entered = members.map((m) => ({ relationToHead: m?.relationToHead ?? '', isDeceased: m?.isDeceased ?? false }));
  const issues = checkHouseholdComposition(entered);
  if (issues.length === 0) return { rows, isHeadMissing: false };
  const indexesOf = (relation: string) => entered.flatMap((m, i) => (m.relationToHead === relation ? [i] : []));
  const heads = indexesOf('self');
  heads.slice(1).forEach((i) => rows.set(i, 'secondHead'));
  const firstHead = heads[0];
  if (heads.length === 1 && firstHead !== undefined && entered[firstHead]?.isDeceased) rows.set(firstHead, 'deceasedHead');
  indexesOf('spouse').slice(1).forEach((i) => rows.set(i, 'secondSpouse'));
  return { rows, isHeadMissing: heads.length === 0 };
}

/** Rows whose ID number repeats an earlier row's (one person cannot be entered twice): index → earlier index. */
export function findRepeatedIdNumbers(idNumbers: readonly (string | undefined)[], normalize: (raw: string) => string): ReadonlyMap<number, number> {
  const firstSeen = new Map<string, number>();
  const repeated = new Map<number, number>();
  idNumbers.forEach((raw, index) => {
    const id = normalize(raw ?? '');
    if (id === '') return;
    const first = firstSeen.get(id);
    if (first === undefined) firstSeen.set(id, index);
    else repeated.set(index, first);
  });
  return repeated;
}
