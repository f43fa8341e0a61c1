import type { MemberFacts } from '@fupin/core';
import type { MemberRow } from '../../db/schema.ts';

/** The member columns an evaluation reads (the household evaluation and the education-aid list alike). */
export const MEMBER_FACT_COLUMNS = [
  'id', 'name', 'schoolStatus', 'schoolGrade', 'laborCapacity', 'receivesDibao', 'receivesExtremePovertySupport',
  'isBoarding', 'universityEntryYear', 'studiesOutOfRegion', 'isOrphan',
] as const;

type MemberFactRow = Pick<MemberRow, (typeof MEMBER_FACT_COLUMNS)[number]>;

const optional = (value: number | null): boolean | null => (value === null ? null : value === 1);

/** A member row as the rules see it: flags as booleans, facts not recorded as null. */
export function toMemberFacts(row: MemberFactRow): MemberFacts {
  return {
    id: row.id, name: row.name, schoolStatus: row.schoolStatus, schoolGrade: row.schoolGrade, laborCapacity: row.laborCapacity,
    receivesDibao: row.receivesDibao === 1, receivesExtremePovertySupport: row.receivesExtremePovertySupport === 1,
    isBoarding: optional(row.isBoarding), universityEntryYear: row.universityEntryYear, studiesOutOfRegion: optional(row.studiesOutOfRegion),
    isOrphan: row.isOrphan === 1,
  };
}
