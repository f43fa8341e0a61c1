/**
 * The labour force (劳动力) derived from member records: living, current members of working age
 * with labour capacity who are not in school. The working-age bounds are policy values.
 */
export interface WorkingAge {
  /** Youngest age that counts, inclusive (commonly 16). */
  minAge: number;
  /** Oldest age that counts, inclusive (commonly 60). */
  maxAge: number;
}


export interface LabourMember {
  id: number;
  birthDate: string;
  laborCapacity: string;
  schoolStatus: string;
  isDeceased: boolean;
  movedOutOn: string | null;
}

export type LabourExclusion = 'deceased' | 'movedOut' | 'belowWorkingAge' | 'aboveWorkingAge' | 'inSchool' | 'noLaborCapacity';

export interface LabourStanding {
  memberId: number;
  age: number;
  isLabourForce: boolean;
  /** Why a member is not in the labour force; empty when they are. */
  exclusions: LabourExclusion[];
}

const CAPABLE = new Set(['ordinary', 'skilled']);
const NOT_STUDYING = new Set(['notInSchool', 'dropout']);

/** Completed years between an ISO birth date and an ISO date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined || y === undefined || m === undefined || d === undefined) {
    throw new RangeError(`not ISO dates: ${birthDate}, ${onDate}`);
  }
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export function assessLabourStanding(member: LabourMember, onDate: string, workingAge: WorkingAge): LabourStanding {
  const age = ageOn(member.birthDate, onDate);
  const exclusions: LabourExclusion[] = [];
  if (member.isDeceased) exclusions.push('deceased');
  if (member.movedOutOn !== null && member.movedOutOn <= onDate) exclusions.push('movedOut');
  if (age < workingAge.minAge) exclusions.push('belowWorkingAge');
  if (age > workingAge.maxAge) exclusions.push('aboveWorkingAge');
  if (!NOT_STUDYING.has(member.schoolStatus)) exclusions.push('inSchool');
  if (!CAPABLE.has(member.laborCapacity)) exclusions.push('noLaborCapacity');
  return { memberId: member.id, age, isLabourForce: exclusions.length === 0, exclusions };
}

export interface LabourForceSummary {
  members: number;
  labourForce: number;
  /** Labour-force members with at least one month of work in the year. */
  employed: number;
  /** Labour-force members with no work recorded in the year. */
  notEmployed: number;
}

/** Counts the labour force and who of it worked, given the ids of members with jobs in the year. */
export function summarizeLabourForce(standings: readonly LabourStanding[], employedMemberIds: ReadonlySet<number>): LabourForceSummary {
  const labour = standings.filter((s) => s.isLabourForce);
  const employed = labour.filter((s) => employedMemberIds.has(s.memberId)).length;
  return { members: standings.length, labourForce: labour.length, employed, notEmployed: labour.length - employed };
}
