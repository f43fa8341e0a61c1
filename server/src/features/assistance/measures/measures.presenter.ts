import type { MeasureView } from './measures.schemas.ts';
import type { AssistanceMeasureTable } from '../../../db/tables/assistance.tables.ts';

export function presentMeasure(row: AssistanceMeasureTable & { memberName: string | null }): MeasureView {
  return {
    id: row.id,
    householdId: row.householdId,
    villageCode: row.villageCode,
    memberId: row.memberId,
    memberName: row.memberName,
    measureType: row.measureType,
    startDate: row.startDate,
    endDate: row.endDate,
    amount: row.amount,
    inKind: row.inKind,
    fundingSource: row.fundingSource,
    providerKind: row.providerKind,
    providerName: row.providerName,
    status: row.status,
    outcome: row.outcome,
    batchId: row.batchId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
  };
}
