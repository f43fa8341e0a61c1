import type { Selectable } from 'kysely';
import type { MemberJobTable, PublicWelfarePostTable, TrainingRecordTable } from '../../db/tables/programmes.tables.ts';
import type { JobView, PostView, TrainingView } from './employment.schemas.ts';

interface Label { memberName: string; idMasked: string; householdNo: string }

const labelOf = (row: { memberId: number; householdId: number; villageCode: string } & Label) => ({
  memberId: row.memberId, householdId: row.householdId, householdNo: row.householdNo, villageCode: row.villageCode,
  memberName: row.memberName, idMasked: row.idMasked,
});

export function presentJob(row: MemberJobTable & Label): JobView {
  return {
    ...labelOf(row), id: row.id, year: row.year, kind: row.kind, employer: row.employer, place: row.place,
    months: row.months, income: Number(row.income), measureId: row.measureId,
  };
}

export function presentPost(row: PublicWelfarePostTable & Label): PostView {
  return {
    ...labelOf(row), id: row.id, title: row.title, duty: row.duty, monthlyAllowance: Number(row.monthlyAllowance),
    fundingSource: row.fundingSource, startedOn: row.startedOn, endedOn: row.endedOn, measureId: row.measureId,
  };
}

export function presentTraining(row: Selectable<TrainingRecordTable> & Label): TrainingView {
  return {
    ...labelOf(row), id: row.id, kind: row.kind, course: row.course, provider: row.provider, startedOn: row.startedOn, endedOn: row.endedOn,
    hours: row.hours, hasCertificate: row.hasCertificate === 1, subsidy: Number(row.subsidy), measureId: row.measureId,
  };
}
