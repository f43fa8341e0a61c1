/**
 * The monitoring risks (致贫/返贫风险) an assistance measure can answer. Monitoring keeps the code
 * list itself with labels; the catalogue only needs the codes, so this is the one place to
 * reconcile when that list lands.
 */
export const MONITORING_RISKS = [
  'illness', 'disaster', 'disability', 'lackOfLabour', 'accident', 'industryFailure',
  'unstableEmployment', 'schooling', 'housing', 'drinkingWater', 'other',
] as const;

export type MonitoringRisk = (typeof MONITORING_RISKS)[number];
