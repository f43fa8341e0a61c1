import { checkHouseholdComposition, checkHouseholdDraft, checkNewHouseholdDraft, diffRecords, isWithinRegion, maskIdNumber, type HouseholdDraft, type LabelOf } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { HouseholdRow, MemberRow } from '../../db/schema.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { presentHouseholdImage } from '../households/households.presenter.ts';
import { summarizeMembers } from '../households/household-summary.service.ts';
import { presentMemberImage, toIdEnds } from '../members/members.presenter.ts';
import { mapHouseholdColumns, mapMemberColumns, type ColumnValues } from './import-column-mapping.ts';
import type { StagedChange, StagedHousehold, StagedMember } from './import-staging.ts';

/** What the database says about the households and people of a batch. */
export interface BatchFacts {
  households: ReadonlyMap<string, HouseholdRow>;
  membersOf: ReadonlyMap<number, readonly MemberRow[]>;
  /** Current holders of ID numbers, by keyed hash. */
  holders: ReadonlyMap<string, { memberId: number; householdId: number; householdNo: string; villageCode: string }>;
  /** Keyed hashes of the batch's ID numbers, computed once. */
  hashes: ReadonlyMap<string, string>;
  /** Encrypted ID numbers computed ahead (on a worker thread); the others are encrypted here. */
  encrypted: ReadonlyMap<string, string>;
}

export interface PlanContext {
  actor: Actor;
  cipher: PersonalDataCipher;
  today: string;
  at: string;
  labelOf: LabelOf;
  /** The village a cell names, or a problem message. */
  resolveVillage(text: string, preferred: string | undefined): Promise<{ code: string } | { problem: 'villageUnknown' | 'villageOutOfScope'; message: string }>;
  /** Keyed hashes of the ID numbers earlier households of the file hold. */
  seenIdHashes: { has(hash: string): boolean; add(hash: string): unknown };
  /** Counts the households and members the file creates: their keys are negative placeholders until written. */
  placeholders: { households: number; members: number };
}

export type Plan = { kind: 'invalid' } | { kind: 'unchanged' } | { kind: 'new' | 'change'; staged: StagedHousehold };

function problem(draft: HouseholdDraft, ctx: PlanContext, row: number, key: string, value: string, code: HouseholdDraft['problems'][number]['code'], message: string) {
  draft.problems.push({ sheet: draft.sheet, row, column: ctx.labelOf(key), value, code, message });
}

/** The ID-number checks that need the database and the rest of the file: one person, one household. */
function checkHolders(draft: HouseholdDraft, ctx: PlanContext, facts: BatchFacts, existing: HouseholdRow | undefined, hashes: Map<number, string>) {
  for (const member of draft.members) {
    const hash = hashes.get(member.row);
    if (hash === undefined || member.idNumber === undefined) continue;
    if (ctx.seenIdHashes.has(hash)) {
      problem(draft, ctx, member.row, 'idNumber', maskIdNumber(member.idNumber), 'idNumberDuplicate', 'the same ID number is in another household of this file');
    }
    const holder = facts.holders.get(hash);
    if (holder && holder.householdId !== existing?.id) {
      const where = isWithinRegion(ctx.actor.regionCode, holder.villageCode) ? `household ${holder.householdNo}` : 'another household';
      problem(draft, ctx, member.row, 'idNumber', maskIdNumber(member.idNumber), 'idNumberDuplicate', `this ID number already belongs to a current member of ${where}`);
    }
  }
}

/*
 * A new row is one literal: the columns the sheet does not give, then the sheet's spread in. Every
 * row of a table then has one shape. Adding the sheet's columns to a row one by one (or with
 * Object.assign) turned each row into a slow dictionary object: V8 stops keeping fast properties
 * after a number of keyed additions. Measured on 200,000 households: the whole import took
 * 30–34 s before, 23–25 s after.
 */
function buildMemberRow(member: HouseholdDraft['members'][number], householdId: number, villageCode: string, ctx: PlanContext, facts: BatchFacts, hash: string): StagedMember {
  const id = member.idNumber ?? '';
  const { idPrefix, idTail } = toIdEnds(id);
  return {
    id: -(++ctx.placeholders.members), householdId, villageCode, idHash: hash, idNumberEnc: facts.encrypted.get(id) ?? ctx.cipher.encrypt(id), idPrefix, idTail,
    gender: member.gender ?? 'male', birthDate: member.birthDate ?? '', schoolGrade: null, employmentPlace: null,
    hasCommercialInsurance: 0, phone: null, isDeceased: 0, movedInOn: null, movedOutOn: null, ...mapMemberColumns(member.values),
  };
}

const asRecord = (row: object): Record<string, unknown> => Object.fromEntries(Object.entries(row));
const asMemberRow = (m: StagedMember | MemberRow): MemberRow => ({ ...m, name: String(m.name), relationToHead: String(m.relationToHead) } as MemberRow);

/**
 * Decides what one household of the file does to the registry: nothing (it is invalid, or the
 * registry already says the same), a new household, or changes to an existing one. Every
 * problem lands on the draft.
 */
export async function planHousehold(draft: HouseholdDraft, ctx: PlanContext, facts: BatchFacts): Promise<Plan> {
  checkHouseholdDraft(draft, ctx.today, ctx.labelOf);
  const existing = facts.households.get(draft.householdNo);
  const firstRow = draft.rows[0] ?? 0;
  if (existing && !isWithinRegion(ctx.actor.regionCode, existing.villageCode)) {
    problem(draft, ctx, firstRow, 'householdNo', draft.householdNo, 'villageOutOfScope', 'this household number belongs to a household outside your region');
    return { kind: 'invalid' };
  }
  if (!existing) checkNewHouseholdDraft(draft, ctx.labelOf);
  let villageCode = existing?.villageCode ?? '';
  const villageText = draft.household.village;
  if (typeof villageText === 'string') {
    const village = await ctx.resolveVillage(villageText, existing?.villageCode);
    if ('code' in village) villageCode = village.code;
    else problem(draft, ctx, firstRow, 'village', villageText, village.problem, village.message);
  }
  const hashes = new Map<number, string>();
  for (const m of draft.members) if (m.idNumber !== undefined) hashes.set(m.row, facts.hashes.get(m.idNumber) ?? ctx.cipher.hash(m.idNumber));
  checkHolders(draft, ctx, facts, existing, hashes);
  for (const hash of hashes.values()) ctx.seenIdHashes.add(hash);
  if (draft.problems.length > 0) return { kind: 'invalid' };
  return existing ? planChange(draft, ctx, facts, existing, villageCode, hashes) : planNew(draft, ctx, facts, villageCode, hashes);
}

function compositionProblem(draft: HouseholdDraft, ctx: PlanContext, members: readonly { relationToHead: string; isDeceased: number }[]): boolean {
  const issue = checkHouseholdComposition(members.map((m) => ({ relationToHead: m.relationToHead, isDeceased: m.isDeceased === 1 })))[0];
  if (!issue) return false;
  const row = draft.members[0]?.row ?? draft.rows[0] ?? 0;
  problem(draft, ctx, row, 'relationToHead', '', 'composition', issue.message);
  return true;
}

function planNew(draft: HouseholdDraft, ctx: PlanContext, facts: BatchFacts, villageCode: string, hashes: Map<number, string>): Plan {
  const householdId = -(++ctx.placeholders.households);
  const members = draft.members.map((m) => buildMemberRow(m, householdId, villageCode, ctx, facts, hashes.get(m.row) ?? ''));
  if (compositionProblem(draft, ctx, members.map((m) => ({ relationToHead: String(m.relationToHead), isDeceased: 0 })))) return { kind: 'invalid' };
  const summary = summarizeMembers(members.map((m) => ({ id: m.id, name: String(m.name), relationToHead: String(m.relationToHead), isDeceased: 0 })));
  const household = {
    id: householdId, householdNo: draft.householdNo, villageCode, bankAccountEnc: null, bankAccountMasked: null, relocationPlace: null, housingRenovatedYear: null,
    ...summary, version: 1, createdAt: ctx.at, createdBy: ctx.actor.userId, updatedAt: ctx.at, updatedBy: ctx.actor.userId, ...mapHouseholdColumns(draft.household),
  };
  return { kind: 'new', staged: { kind: 'new', rows: draft.rows.length, household, members } };
}

function planChange(draft: HouseholdDraft, ctx: PlanContext, facts: BatchFacts, existing: HouseholdRow, villageCode: string, hashes: Map<number, string>): Plan {
  const current = facts.membersOf.get(existing.id) ?? [];
  const byHash = new Map(current.map((m) => [m.idHash, m]));
  const memberChanges: StagedChange[] = [];
  const newMembers: StagedMember[] = [];
  const resulting = new Map<number, MemberRow>(current.map((m) => [m.id, m]));
  for (const member of draft.members) {
    const hash = hashes.get(member.row) ?? '';
    const found = byHash.get(hash);
    if (!found) {
      const row = buildMemberRow(member, existing.id, villageCode, ctx, facts, hash);
      newMembers.push(row);
      resulting.set(row.id, asMemberRow(row));
      continue;
    }
    const columns: ColumnValues = { ...mapMemberColumns(member.values, asRecord(found)), ...(villageCode !== found.villageCode ? { villageCode } : {}) };
    if (Object.keys(columns).length === 0) continue;
    const after = asMemberRow({ ...found, ...columns });
    resulting.set(found.id, after);
    memberChanges.push({ id: found.id, columns, before: presentMemberImage(found), after: presentMemberImage(after) });
  }
  const members = [...resulting.values()];
  if (compositionProblem(draft, ctx, members)) return { kind: 'invalid' };
  const summary = summarizeMembers(members);
  const householdColumns: ColumnValues = { ...mapHouseholdColumns(draft.household, asRecord(existing)) };
  if (villageCode !== existing.villageCode) householdColumns.villageCode = villageCode;
  for (const [key, value] of Object.entries(summary)) if (value !== existing[key as keyof typeof summary]) householdColumns[key] = value;
  const beforeImage = presentHouseholdImage(existing);
  const afterImage = presentHouseholdImage({ ...existing, ...householdColumns } as HouseholdRow);
  const householdChanged = diffRecords(beforeImage, afterImage).length > 0;
  if (!householdChanged && memberChanges.length === 0 && newMembers.length === 0) return { kind: 'unchanged' };
  return {
    kind: 'change',
    staged: {
      kind: 'change', rows: draft.rows.length, householdId: existing.id, householdNo: existing.householdNo, villageCode, version: existing.version,
      household: householdChanged ? { columns: householdColumns, before: beforeImage, after: afterImage } : null,
      memberChanges, newMembers, newMemberImages: newMembers.map((m) => presentMemberImage(asMemberRow(m))),
    },
  };
}
