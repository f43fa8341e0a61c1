import { checkMemberIdentity } from '../registry/member-rules.ts';
import { maskIdNumber, type Gender } from '../identity/id-number.ts';
import type { ImportValue } from './import-columns.ts';
import type { ImportProblem, ParsedRow, RowValues } from './import-row.ts';
import { HOUSEHOLD_COLUMNS } from './registry-import-columns.ts';

const HOUSEHOLD_KEYS = new Set(HOUSEHOLD_COLUMNS.filter((c) => c.level === 'household').map((c) => c.key));
const MEMBER_KEYS = new Set(HOUSEHOLD_COLUMNS.filter((c) => c.level === 'member').map((c) => c.key));

export interface MemberDraft {
  row: number;
  values: RowValues;
  /** Normalised and checked; absent when the ID number is missing or wrong. */
  idNumber?: string;
  gender?: Gender;
  birthDate?: string;
}

/** One household as a file gives it: its facts from its first row, a member per row. */
export interface HouseholdDraft {
  sheet: string;
  householdNo: string;
  rows: number[];
  household: RowValues;
  members: MemberDraft[];
  problems: ImportProblem[];
}

/** Where a problem about a key of the draft is reported: the header the file uses. */
export type LabelOf = (key: string) => string;

const sameValue = (a: ImportValue, b: ImportValue) => JSON.stringify(a) === JSON.stringify(b);

function hasMemberValues(values: RowValues): boolean {
  for (const key in values) if (MEMBER_KEYS.has(key) && values[key] !== null) return true;
  return false;
}

/** The values of the keys in `keys` (a plain loop: this runs for every row of a file). */
function pickValues(values: RowValues, keys: ReadonlySet<string>): RowValues {
  const picked: RowValues = {};
  for (const key in values) {
    const value = values[key];
    if (keys.has(key) && value !== undefined) picked[key] = value;
  }
  return picked;
}

/**
 * Groups consecutive rows by household number into drafts. A row with a blank household number
 * continues the household above (a merged cell); household cells on later rows may be blank,
 * and must otherwise agree with the first row.
 */
export function createHouseholdGrouper(sheet: string, labelOf: LabelOf) {
  let current: HouseholdDraft | undefined;
  const problem = (row: number, key: string, value: string, code: ImportProblem['code'], message: string): ImportProblem =>
    ({ sheet, row, column: labelOf(key), value, code, message });

  function startDraft(parsed: ParsedRow, householdNo: string): HouseholdDraft {
    const household = pickValues(parsed.values, HOUSEHOLD_KEYS);
    return { sheet, householdNo, rows: [parsed.row], household, members: [], problems: [...parsed.problems] };
  }

  function addMember(draft: HouseholdDraft, parsed: ParsedRow): void {
    if (!hasMemberValues(parsed.values)) return;
    draft.members.push({ row: parsed.row, values: pickValues(parsed.values, MEMBER_KEYS) });
  }

  return {
    /** Adds a row; returns the household it completes, if this row starts the next one. */
    push(parsed: ParsedRow): HouseholdDraft | undefined {
      const number = parsed.values.householdNo;
      // An invalid number (already a problem) still starts its own household, never continues the one above.
      const householdNo = typeof number === 'string' ? number : (parsed.texts.householdNo ?? '');
      if (householdNo === '' && !current) {
        const draft = startDraft(parsed, '');
        draft.problems.push(problem(parsed.row, 'householdNo', '', 'required', 'the household number is missing'));
        addMember(draft, parsed);
        current = draft;
        return undefined;
      }
      if (current && (householdNo === '' || householdNo === current.householdNo)) {
        current.rows.push(parsed.row);
        current.problems.push(...parsed.problems);
        for (const key in parsed.values) {
          const value = parsed.values[key];
          if (!HOUSEHOLD_KEYS.has(key) || key === 'householdNo' || value === null || value === undefined) continue;
          const first = current.household[key];
          if (first === null || first === undefined) current.household[key] = value;
          else if (!sameValue(first, value)) {
            current.problems.push(problem(parsed.row, key, parsed.texts[key] ?? '', 'householdConflict',
              'differs from the household\'s first row; a household\'s values are given once'));
          }
        }
        addMember(current, parsed);
        return undefined;
      }
      const done = current;
      current = startDraft(parsed, householdNo);
      addMember(current, parsed);
      return done;
    },
    /** The last household, at the end of the sheet. */
    finish(): HouseholdDraft | undefined {
      const done = current;
      current = undefined;
      return done;
    },
  };
}

/**
 * The checks a household draft can have without the database: ID numbers (and the gender and
 * birth date beside them), the same person twice, causes and years. Fills in each member's
 * normalised ID number.
 */
export function checkHouseholdDraft(draft: HouseholdDraft, today: string, labelOf: LabelOf): void {
  const problem = (row: number, key: string, value: string, code: ImportProblem['code'], message: string) =>
    draft.problems.push({ sheet: draft.sheet, row, column: labelOf(key), value, code, message });
  const seen = new Map<string, number>();
  for (const member of draft.members) {
    const { values } = member;
    if (typeof values.name !== 'string') problem(member.row, 'name', '', 'required', 'the member\'s name is missing');
    const raw = values.idNumber;
    if (typeof raw !== 'string') {
      if (!draft.problems.some((p) => p.row === member.row && p.column === labelOf('idNumber'))) {
        problem(member.row, 'idNumber', '', 'required', 'the ID number is missing');
      }
      continue;
    }
    const gender = values.gender === 'male' || values.gender === 'female' ? values.gender : undefined;
    const birthDate = typeof values.birthDate === 'string' ? values.birthDate : undefined;
    const result = checkMemberIdentity({ idNumber: raw, gender, birthDate }, today);
    if (!result.ok) {
      const key = result.issue.field;
      // A mistyped ID number is still someone's ID number: the report shows it masked.
      const value = key === 'idNumber' ? maskIdNumber(raw) : String(values[key] ?? '');
      problem(member.row, key, value, result.issue.code === 'ID_NUMBER_MISMATCH' ? 'idNumberMismatch' : 'idNumberInvalid', result.issue.message);
      continue;
    }
    const id = result.facts.idNumber;
    const first = seen.get(id);
    if (first !== undefined) {
      problem(member.row, 'idNumber', maskIdNumber(raw), 'idNumberDuplicate', `the same ID number is on row ${first} of this household`);
      continue;
    }
    seen.set(id, member.row);
    member.idNumber = id;
    member.gender = result.facts.gender;
    member.birthDate = result.facts.birthDate;
  }
  checkCausesAndYears(draft, today, problem);
}

type AddProblem = (row: number, key: string, value: string, code: ImportProblem['code'], message: string) => void;

function checkCausesAndYears(draft: HouseholdDraft, today: string, problem: AddProblem): void {
  const row = draft.rows[0] ?? 0;
  const h = draft.household;
  const others = Array.isArray(h.otherCauses) ? h.otherCauses : [];
  const main = typeof h.mainCause === 'string' ? h.mainCause : null;
  if (new Set(others).size !== others.length) problem(row, 'otherCauses', others.join('、'), 'rule', 'a cause is listed twice among the other causes');
  if (main !== null && others.includes(main)) problem(row, 'otherCauses', others.join('、'), 'rule', `the main cause ${main} is also listed among the other causes`);
  if (others.length > 0 && main === null && 'mainCause' in h) problem(row, 'mainCause', '', 'rule', 'other causes need a main cause');
  const year = Number(today.slice(0, 4));
  const identified = typeof h.yearIdentified === 'number' ? h.yearIdentified : null;
  const exited = typeof h.yearExited === 'number' ? h.yearExited : null;
  if (identified !== null && identified > year) problem(row, 'yearIdentified', String(identified), 'rule', `the year identified ${identified} is in the future`);
  if (exited !== null && exited > year) problem(row, 'yearExited', String(exited), 'rule', `the year exited ${exited} is in the future`);
  if (exited !== null && identified !== null && exited < identified) {
    problem(row, 'yearExited', String(exited), 'rule', `the year exited ${exited} is before the year identified ${identified}`);
  }
}

/** Problems for columns a new household must give (an existing one keeps what it has). */
export function checkNewHouseholdDraft(draft: HouseholdDraft, labelOf: LabelOf): void {
  const row = draft.rows[0] ?? 0;
  for (const column of HOUSEHOLD_COLUMNS) {
    if (!column.isRequired) continue;
    if (column.level === 'household' && (draft.household[column.key] ?? null) === null
      && !draft.problems.some((p) => p.row === row && p.column === labelOf(column.key))) {
      draft.problems.push({ sheet: draft.sheet, row, column: labelOf(column.key), value: '', code: 'required', message: `a new household needs ${column.en.toLowerCase()}` });
    }
    if (column.level === 'member') {
      for (const member of draft.members) {
        if ((member.values[column.key] ?? null) === null && !draft.problems.some((p) => p.row === member.row && p.column === labelOf(column.key))) {
          draft.problems.push({ sheet: draft.sheet, row: member.row, column: labelOf(column.key), value: '', code: 'required', message: `a new member needs ${column.en.toLowerCase()}` });
        }
      }
    }
  }
  if (draft.members.length === 0) {
    draft.problems.push({ sheet: draft.sheet, row, column: labelOf('name'), value: '', code: 'required', message: 'a new household needs its members' });
  }
}
