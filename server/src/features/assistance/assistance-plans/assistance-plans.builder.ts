import { matchAssistancePlan, measureStatuses, measureTypes, povertyCauses, type AssistancePlan, type PlanMeasure, type PovertyCauseCode } from '@fupin/core';

export interface PlanHousehold {
  mainCause: string | null;
  /** JSON array of cause codes, as stored. */
  otherCauses: string;
}

export interface PlanMemberRow {
  id: string;
  laborCapacity: string;
  isDeceased: number;
  movedOutOn: string | null;
}

export interface PlanMeasureRow {
  id: string;
  measureType: string;
  status: string;
}

function parseCauses(json: string): PovertyCauseCode[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((c): c is PovertyCauseCode => typeof c === 'string' && povertyCauses.has(c)) : [];
}

/** A household's stored rows as core's plan input; monitoring risks join when monitoring cases exist. */
export function buildAssistancePlan(household: PlanHousehold, members: readonly PlanMemberRow[], measures: readonly PlanMeasureRow[]): AssistancePlan {
  const planMeasures: PlanMeasure[] = [];
  for (const m of measures) {
    if (measureTypes.has(m.measureType) && measureStatuses.has(m.status)) planMeasures.push({ id: m.id, measureType: m.measureType, status: m.status });
  }
  const main = household.mainCause !== null && povertyCauses.has(household.mainCause) ? household.mainCause : null;
  return matchAssistancePlan({
    mainCause: main,
    otherCauses: parseCauses(household.otherCauses),
    risks: [],
    members: members.map((m) => ({ id: m.id, laborCapacity: m.laborCapacity, isCurrent: m.isDeceased === 0 && m.movedOutOn === null })),
    measures: planMeasures,
  });
}
