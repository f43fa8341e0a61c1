import {
  matchAssistancePlan, measureStatuses, measureTypes, povertyCauses, riskTypes, type AssistancePlan, type PlanMeasure, type PovertyCauseCode, type RiskType,
} from '@fupin/core';

export interface PlanHousehold {
  mainCause: string | null;
  /** JSON array of cause codes, as stored. */
  otherCauses: string;
}

export interface PlanMemberRow {
  id: number;
  laborCapacity: string;
  isDeceased: number;
  movedOutOn: string | null;
}

export interface PlanMeasureRow {
  id: string;
  measureType: string;
  status: string;
}

function parseCodes(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
}

/**
 * A household's stored rows as core's plan input. `caseRisks` is the JSON risk list of the
 * household's open monitoring case, if it has one: those risks need answering too.
 */
export function buildAssistancePlan(
  household: PlanHousehold, members: readonly PlanMemberRow[], measures: readonly PlanMeasureRow[], caseRisks: string | null = null,
): AssistancePlan {
  const planMeasures: PlanMeasure[] = [];
  for (const m of measures) {
    if (measureTypes.has(m.measureType) && measureStatuses.has(m.status)) planMeasures.push({ id: m.id, measureType: m.measureType, status: m.status });
  }
  const main = household.mainCause !== null && povertyCauses.has(household.mainCause) ? household.mainCause : null;
  return matchAssistancePlan({
    mainCause: main,
    otherCauses: parseCodes(household.otherCauses).filter((c): c is PovertyCauseCode => povertyCauses.has(c)),
    risks: caseRisks === null ? [] : parseCodes(caseRisks).filter((r): r is RiskType => riskTypes.has(r)),
    members: members.map((m) => ({ id: m.id, laborCapacity: m.laborCapacity, isCurrent: m.isDeceased === 0 && m.movedOutOn === null })),
    measures: planMeasures,
  });
}
