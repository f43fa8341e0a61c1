import type { TFunction } from 'i18next';
import type { DueItem } from './my-households.api.ts';

/** One due item as a sentence; `causeLabel` names a cause in the UI's language. */
export function describeDue(due: DueItem, t: TFunction, causeLabel: (code: string) => string): string {
  switch (due.kind) {
    case 'visit':
      return due.lastVisitDate
        ? t('myHouseholds.due.visit', { days: due.overdueDays ?? 0, date: due.lastVisitDate })
        : t('myHouseholds.due.firstVisit', { days: due.overdueDays ?? 0 });
    case 'measure':
      return t('myHouseholds.due.measure', { causes: (due.causes ?? []).map(causeLabel).join('、') });
    case 'developmentalMeasure':
      return t('myHouseholds.due.developmental');
    case 'incomeSurvey':
      return t('myHouseholds.due.incomeSurvey', { year: due.year ?? '' });
    case 'followUp':
      return t(due.isOverdue ? 'myHouseholds.due.followUpOverdue' : 'myHouseholds.due.followUp', { text: due.followUp ?? '', date: due.dueDate ?? '' });
  }
}

/** Households with the most pressing work first: more overdue items, then more items. */
export function sortByUrgency<H extends { dues: readonly DueItem[]; householdNo: string }>(households: readonly H[]): H[] {
  const urgent = (h: H) => h.dues.filter((d) => (d.kind === 'visit') || (d.kind === 'followUp' && d.isOverdue === true)).length;
  return [...households].sort((a, b) => urgent(b) - urgent(a) || b.dues.length - a.dues.length || a.householdNo.localeCompare(b.householdNo));
}
