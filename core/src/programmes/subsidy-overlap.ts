import { checkFrom, type ProgrammeCheck } from './programme-decision.ts';

/** A benefit a person holds over a period (a post, a training subsidy, a year's school aid). */
export interface SubsidyPeriod {
  id: string;
  personId: number;
  kind: string;
  from: string;
  /** Last day, inclusive; null while open. */
  to: string | null;
}

function overlaps(a: SubsidyPeriod, b: SubsidyPeriod): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

/** Refuses a second subsidy of the same kind for the same person over an overlapping period. */
export function checkDuplicateSubsidy(candidate: SubsidyPeriod, existing: readonly SubsidyPeriod[], field = 'memberId'): ProgrammeCheck {
  const clash = existing.find((e) => e.id !== candidate.id && e.personId === candidate.personId && e.kind === candidate.kind && overlaps(e, candidate));
  if (!clash) return checkFrom([]);
  return checkFrom([{
    code: 'DUPLICATE_SUBSIDY', field,
    message: `the person already has ${candidate.kind} from ${clash.from} to ${clash.to ?? 'now'}`,
    values: { existingId: clash.id, kind: clash.kind, from: clash.from, to: clash.to ?? '' },
  }]);
}
