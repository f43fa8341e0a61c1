import { evaluateBasicNeeds, type BasicNeedsItems, type BasicNeedsResult } from '@fupin/core';
import type { BasicNeedsCheckRow } from '../../db/schema.ts';
import type { BasicNeedsCheckView } from './basic-needs.schemas.ts';

export function presentBasicNeedsCheck(row: BasicNeedsCheckRow): BasicNeedsCheckView {
  const items: BasicNeedsItems = {
    food: row.food as BasicNeedsResult,
    clothing: row.clothing as BasicNeedsResult,
    compulsoryEducation: row.compulsoryEducation as BasicNeedsResult,
    medicalInsurance: row.medicalInsurance as BasicNeedsResult,
    housingSafety: row.housingSafety as BasicNeedsResult,
    drinkingWaterSafety: row.drinkingWaterSafety as BasicNeedsResult,
  };
  const evaluation = evaluateBasicNeeds(items);
  return {
    id: row.id,
    householdId: row.householdId,
    checkedOn: row.checkedOn,
    items,
    evidence: JSON.parse(row.evidence) as Record<string, string>,
    isSecured: evaluation.isSecured,
    failedItems: evaluation.failedItems,
    checkedBy: row.checkedBy,
    source: row.source,
    createdAt: row.createdAt,
  };
}
