import { checkMeasure, describeDuplicate, findDuplicateSubsidy, measureStatuses, measureTypes, type ExistingMeasure, type MeasureCandidate } from '@fupin/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors/app-error.ts';
import { throwFirstIssue } from '../rule-issues.ts';
import { findCurrentMember, findMeasuresOfType } from './measures.repository.ts';
import type { MeasureInput } from './measures.schemas.ts';

/** Stored rows as core's rule input; codes no longer in the catalogue are left out. */
function toExisting(rows: readonly { id: string; measureType: string; memberId: number | null; startDate: string; endDate: string | null; status: string }[]): ExistingMeasure[] {
  const out: ExistingMeasure[] = [];
  for (const r of rows) {
    if (measureTypes.has(r.measureType) && measureStatuses.has(r.status)) out.push({ ...r, measureType: r.measureType, status: r.status });
  }
  return out;
}

/**
 * Every rule a measure for a household must pass, inside the writing transaction so that two
 * entries of the same subsidy cannot both get through: member of the household, the type's amount
 * and period rules, and no duplicate subsidy. `fieldPrefix` names the field in a bulk entry.
 */
export async function assertMeasureAllowed(trx: Transaction<Database>, householdId: number, input: MeasureInput, options: { exceptId?: string; fieldPrefix?: string } = {}): Promise<void> {
  const prefix = options.fieldPrefix ?? '';
  const candidate: MeasureCandidate = { measureType: input.measureType, memberId: input.memberId, startDate: input.startDate, endDate: input.endDate, amount: input.amount, inKind: input.inKind };
  const prefixed = (issues: ReturnType<typeof checkMeasure>) => issues.map((i) => ({ ...i, field: prefix + i.field }));
  throwFirstIssue(prefixed(checkMeasure(candidate)));
  if (input.memberId && !(await findCurrentMember(trx, householdId, input.memberId))) {
    throw new AppError('VALIDATION_FAILED', `member ${input.memberId} is not a current member of this household`, { field: `${prefix}memberId` });
  }
  if (input.status === 'cancelled') return;
  const dup = findDuplicateSubsidy(candidate, toExisting(await findMeasuresOfType(trx, householdId, input.measureType)), options.exceptId);
  if (dup) throwFirstIssue(prefixed([describeDuplicate(candidate, dup)]));
}
