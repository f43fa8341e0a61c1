import type { Overview } from './overview-data.ts';

/** An overview as the API answers it for a county (figures shaped like the demo county's). */
export function countyOverview(): Overview {
  return {
    region: { code: '150602', name: '东胜区', level: 'county' },
    totals: { households: 3000, people: 9463, poorHouseholds: 182, poorPeople: 576, incidence: 0.0609 },
    byStatus: [
      { povertyStatus: 'notPoor', households: 277, people: 872 },
      { povertyStatus: 'applicant', households: 0, people: 0 },
      { povertyStatus: 'poor', households: 118, people: 360 },
      { povertyStatus: 'exited', households: 2541, people: 8015 },
      { povertyStatus: 'relapsed', households: 64, people: 216 },
    ],
    byType: [
      { householdType: 'general', households: 2180, people: 7327 },
      { householdType: 'dibao', households: 629, people: 1819 },
      { householdType: 'extremePovertySupport', households: 191, people: 317 },
    ],
    incidence: {
      populationBasis: 'registry',
      note: 'registry population',
      childLevel: 'township',
      regions: [
        { code: '150602001', name: '交通街道', households: 0, people: 0, poorHouseholds: 0, poorPeople: 0, incidence: null },
        { code: '150602010', name: '幸福街道', households: 141, people: 429, poorHouseholds: 9, poorPeople: 30, incidence: 0.0699 },
        { code: '150602100', name: '泊尔江海子镇', households: 1231, people: 3900, poorHouseholds: 80, poorPeople: 251, incidence: 0.0644 },
        { code: '150602101', name: null, households: 1628, people: 5134, poorHouseholds: 93, poorPeople: 295, incidence: 0.0575 },
      ],
    },
    causes: {
      items: [
        { povertyCause: 'illness', mainCause: 1241, anyCause: 1770 },
        { povertyCause: 'disability', mainCause: 395, anyCause: 752 },
        { povertyCause: 'schooling', mainCause: 0, anyCause: 0 },
        { povertyCause: 'labour', mainCause: 1364, anyCause: 1500 },
      ],
      householdsWithoutCause: 0,
    },
    incomes: {
      year: 2024,
      yardstick: { kind: 'monitoringThreshold', amount: 600_000, sourceYear: 2021 },
      households: 3000,
      atOrBelowYardstick: 460,
      buckets: [
        { key: 'upTo0.8', above: null, upTo: 480_000, households: 62 },
        { key: '0.8to1', above: 480_000, upTo: 600_000, households: 398 },
        { key: '1to1.5', above: 600_000, upTo: 900_000, households: 833 },
        { key: '1.5to2', above: 900_000, upTo: 1_200_000, households: 772 },
        { key: 'over2', above: 1_200_000, upTo: null, households: 935 },
      ],
    },
    recentChanges: [
      { seq: 7, changedAt: '2026-11-23T06:05:00.000Z', actorId: 'u1', actorName: '王芳', householdId: 1, householdNo: '150602101201-00001', entityType: 'member', entityId: '1', action: 'update', source: 'entry' },
    ],
    recentHouseholds: [],
  };
}
