import type { povertyCauses } from '../codes/registry-codes.ts';
import { measureTypesForCause, measureTypesForRisk, MEASURE_TYPE_RULES, type MeasureStatus, type MeasureTypeCode } from './measure-types.ts';
import type { RiskType } from '../monitoring/monitoring-codes.ts';

export type PovertyCauseCode = (typeof povertyCauses.codes)[number];

export interface PlanMember {
  id: number;
  laborCapacity: string;
  /** Deceased or moved out: not counted as labour. */
  isCurrent: boolean;
}

export interface PlanMeasure {
  id: string;
  measureType: MeasureTypeCode;
  status: MeasureStatus;
}

export interface PlanInput {
  mainCause: PovertyCauseCode | null;
  otherCauses: readonly PovertyCauseCode[];
  risks: readonly RiskType[];
  members: readonly PlanMember[];
  measures: readonly PlanMeasure[];
}

export interface PlanItem {
  kind: 'cause' | 'risk';
  code: string;
  isMain: boolean;
  /** The household's measures that answer it (cancelled ones never do). */
  answeredBy: string[];
  /** The catalogue's types that would answer it. */
  suggestedTypes: MeasureTypeCode[];
  isAnswered: boolean;
}

export interface AssistancePlan {
  items: PlanItem[];
  unansweredCauses: PovertyCauseCode[];
  unansweredRisks: RiskType[];
  hasLaborCapacity: boolean;
  /** Labour capacity but no industry or employment measure (a developmental measure is owed). */
  lacksDevelopmentalMeasure: boolean;
}

const LABOUR_CAPACITIES = new Set(['ordinary', 'skilled']);

export function hasLaborCapacity(members: readonly PlanMember[]): boolean {
  return members.some((m) => m.isCurrent && LABOUR_CAPACITIES.has(m.laborCapacity));
}

/** Maps every cause and risk of a household to the measures that answer it; flags what is unanswered. */
export function matchAssistancePlan(input: PlanInput): AssistancePlan {
  const live = input.measures.filter((m) => m.status !== 'cancelled');
  const causes = uniqueCauses(input.mainCause, input.otherCauses);
  const causeItems: PlanItem[] = causes.map((cause) => {
    const answeredBy = live.filter((m) => MEASURE_TYPE_RULES[m.measureType].answersCauses.includes(cause)).map((m) => m.id);
    return { kind: 'cause', code: cause, isMain: cause === input.mainCause, answeredBy, suggestedTypes: measureTypesForCause(cause), isAnswered: answeredBy.length > 0 };
  });
  const risks = [...new Set(input.risks)];
  const riskItems: PlanItem[] = risks.map((risk) => {
    const answeredBy = live.filter((m) => MEASURE_TYPE_RULES[m.measureType].answersRisks.includes(risk)).map((m) => m.id);
    return { kind: 'risk', code: risk, isMain: false, answeredBy, suggestedTypes: measureTypesForRisk(risk), isAnswered: answeredBy.length > 0 };
  });
  const labour = hasLaborCapacity(input.members);
  return {
    items: [...causeItems, ...riskItems],
    unansweredCauses: causes.filter((_, i) => causeItems[i]?.isAnswered === false),
    unansweredRisks: risks.filter((_, i) => riskItems[i]?.isAnswered === false),
    hasLaborCapacity: labour,
    lacksDevelopmentalMeasure: labour && !live.some((m) => MEASURE_TYPE_RULES[m.measureType].isIndustryOrEmployment),
  };
}

function uniqueCauses(main: PovertyCauseCode | null, others: readonly PovertyCauseCode[]): PovertyCauseCode[] {
  const all = main ? [main, ...others] : [...others];
  return [...new Set(all)];
}
