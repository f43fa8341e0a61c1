import {
  checkMeasure, describeDuplicate, findDuplicateSubsidy, measureStatuses, measureTypes, type ExistingMeasure, type MeasureCandidate, type MeasureTypeCode,
} from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import type { AssistanceMeasureTable } from '../../db/tables/assistance.tables.ts';
import { presentMeasure } from '../assistance/measures/measures.presenter.ts';
import {
  addProblem, createKeySet, numberOf, recordImportChange, textOf, type PlanEnv, type RecordImportHandler, type RecordRow, type RowPlan,
} from './record-import-kind.ts';
import { findLivingMembersOf, findMeasuresOfHouseholds, insertMeasureRow, updateMeasureRow } from './record-import.repository.ts';

type Measure = AssistanceMeasureTable & { memberName: string | null };
type Member = Awaited<ReturnType<typeof findLivingMembersOf>>[number];

/** The columns a row may change on a known measure; the key columns (type, member, start) identify it. */
const CHANGEABLE = ['endDate', 'amount', 'inKind', 'fundingSource', 'providerKind', 'providerName', 'status', 'outcome'] as const;
const RULE_COLUMNS: Record<string, string> = { memberId: 'memberName', endDate: 'endDate', amount: 'amount', startDate: 'startDate' };

/** The member a row names: by ID number when given, otherwise by name; none for a household measure. */
function pickMember(env: PlanEnv, row: RecordRow, members: readonly Member[]): Member | null | undefined {
  const idNumber = textOf(row, 'memberIdNumber');
  const name = textOf(row, 'memberName');
  const own = members.filter((m) => m.householdId === row.household.id);
  if (idNumber !== null) {
    const hash = env.cipher.hash(idNumber);
    const found = own.find((m) => m.idHash === hash);
    if (!found) addProblem(row, 'memberIdNumber', 'rule', `no living member of household ${row.household.householdNo} has this ID number`);
    else if (name !== null && found.name !== name) addProblem(row, 'memberName', 'idNumberMismatch', `the member with this ID number is named ${found.name}`);
    return found;
  }
  if (name === null) return null;
  const named = own.filter((m) => m.name === name);
  if (named.length === 1) return named[0];
  addProblem(row, 'memberName', 'rule', named.length === 0
    ? `no living member of household ${row.household.householdNo} is named ${name}`
    : `${named.length} members of household ${row.household.householdNo} are named ${name}; give the member's ID number`);
  return undefined;
}

function valueOf(row: RecordRow, key: (typeof CHANGEABLE)[number]): string | number | null {
  return key === 'amount' ? numberOf(row, key) : textOf(row, key);
}

function toExisting(rows: readonly Measure[]): ExistingMeasure[] {
  const out: ExistingMeasure[] = [];
  for (const r of rows) if (measureTypes.has(r.measureType) && measureStatuses.has(r.status)) out.push({ ...r, measureType: r.measureType, status: r.status });
  return out;
}

/**
 * 帮扶措施台账: one measure per household, type, member and start date (the natural key); a known
 * measure has its end date, amount, help in kind, funding, provider, status and outcome updated.
 */
export const measureImport: RecordImportHandler = {
  kind: 'measures',
  permission: 'assistance:write',
  entityType: 'assistanceMeasure',
  title: { zh: '帮扶措施', en: 'Measures' },
  intro: {
    zh: '每行填写一项帮扶措施。按人发放的措施须填写受益成员。同一户、同一措施类型、同一受益成员、同一开始日期视为同一项措施：已有的将更新其结束日期、金额、资金来源、帮扶主体、状态等。同一人同一补贴期间不得重复。',
    en: 'One row per measure; per-person measures name the member. The same household, type, member and start date is the same measure: a known one has its end date, amount, funding, provider, status and outcome updated. A periodic subsidy may not overlap another for the same person.',
  },
  createPlanner() {
    const isRepeated = createKeySet();
    /** Measures this pass has planned, by id: they override what the database says. */
    const planned = new Map<string, Measure>();
    return {
      async plan(env, rows) {
        const householdIds = [...new Set(rows.map((r) => r.household.id))];
        const members = await findLivingMembersOf(env.db, householdIds);
        const stored = new Map((await findMeasuresOfHouseholds(env.db, householdIds)).map((m) => [m.id, m]));
        const plans: (RowPlan | undefined)[] = [];
        for (const row of rows) plans.push(planRow(env, row, members, () => [...new Map([...stored, ...planned]).values()], isRepeated, planned));
        return plans;
      },
    };
  },
};

function planRow(env: PlanEnv, row: RecordRow, members: readonly Member[], current: () => Measure[], isRepeated: (key: string) => boolean, planned: Map<string, Measure>): RowPlan | undefined {
  const member = pickMember(env, row, members);
  const measureType = textOf(row, 'measureType');
  const startDate = textOf(row, 'startDate');
  if (member === undefined || measureType === null || startDate === null || !measureTypes.has(measureType)) return undefined;
  const memberId = member?.id ?? null;
  if (isRepeated(`${row.household.id}|${measureType}|${memberId ?? ''}|${startDate}`)) {
    addProblem(row, 'startDate', 'keyRepeated', `an earlier row has the same household, measure type, member and start date`);
    return undefined;
  }
  const ofHousehold = current().filter((m) => m.householdId === row.household.id);
  const existing = ofHousehold.find((m) => m.measureType === measureType && m.memberId === memberId && m.startDate === startDate);
  const next: Measure = existing ? { ...existing } : {
    id: uuidv7(), householdId: row.household.id, villageCode: row.household.villageCode, memberId, memberName: member?.name ?? null, measureType, startDate,
    endDate: null, amount: null, inKind: null, fundingSource: null, providerKind: null, providerName: null, status: 'inProgress', outcome: null,
    batchId: null, createdAt: env.at, createdBy: env.actor.userId, updatedAt: env.at, updatedBy: env.actor.userId,
  };
  for (const key of CHANGEABLE) {
    if (!row.has(key)) continue;
    const value = valueOf(row, key);
    if (key === 'status') next.status = typeof value === 'string' ? value : next.status;
    else Object.assign(next, { [key]: value });
  }
  if (existing && CHANGEABLE.every((k) => existing[k] === next[k])) return { outcome: 'unchanged' };
  const candidate: MeasureCandidate = { measureType: measureType as MeasureTypeCode, memberId, startDate, endDate: next.endDate, amount: next.amount, inKind: next.inKind };
  for (const issue of checkMeasure(candidate)) addProblem(row, RULE_COLUMNS[issue.field] ?? 'measureType', 'rule', issue.message);
  if (next.status !== 'cancelled') {
    const dup = findDuplicateSubsidy(candidate, toExisting(ofHousehold), next.id);
    if (dup) addProblem(row, 'startDate', 'rule', describeDuplicate(candidate, dup).message);
  }
  if (row.problems.length > 0) return undefined;
  next.updatedAt = env.at;
  next.updatedBy = env.actor.userId;
  planned.set(next.id, next);
  const { memberName: _name, ...columns } = next;
  return {
    outcome: existing ? 'changed' : 'new',
    async apply(trx) {
      if (existing) {
        const changes: Partial<AssistanceMeasureTable> = { updatedAt: next.updatedAt, updatedBy: next.updatedBy };
        for (const key of CHANGEABLE) Object.assign(changes, { [key]: next[key] });
        await updateMeasureRow(trx, next.id, changes);
      } else await insertMeasureRow(trx, columns);
      await recordImportChange(trx, env, row.household, {
        entityType: 'assistanceMeasure', entityId: next.id, action: existing ? 'update' : 'create', before: existing ? presentMeasure(existing) : null, after: presentMeasure(next),
      });
    },
  };
}
