/** A change to one field, as the history shows it. */
export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** What the history needs to say a value in the user's language. */
export interface ValueText {
  fieldLabel: (field: string) => string | undefined;
  codeLabel: (list: string, code: string) => string;
  money: (fen: number) => string;
  date: (isoDate: string) => string;
  yesNo: (value: boolean) => string;
  list: (items: string[]) => string;
  mu: (value: number) => string;
  km: (value: number) => string;
  /** A village's name by its code, when known. */
  regionName: (code: string) => string;
  /** Where a field comes in the forms, so the history lists fields in the same order. */
  order: (field: string) => number;
  none: string;
}

/** Bookkeeping that changes with every write and says nothing to the reader (or repeats another field). */
const HIDDEN = new Set(['id', 'householdId', 'recordedAt', 'recordedBy', 'createdAt', 'checkedBy', 'headMemberId', 'yardstick', 'isAboveYardstick', 'failedItems', 'source']);
/** Nested values shown one item per row. */
const NESTED = new Set(['transferItems', 'items', 'evidence']);

const CODE_LISTS: Readonly<Record<string, string>> = {
  householdType: 'householdType', identificationStandard: 'identificationStandard', povertyStatus: 'povertyStatus',
  mainCause: 'povertyCause', otherCauses: 'povertyCause', relocationKind: 'relocationKind', housingGrade: 'housingGrade',
  relationToHead: 'relationToHead', gender: 'gender', ethnicity: 'ethnicity', education: 'educationLevel', schoolStatus: 'schoolStatus',
  healthStatus: 'healthStatus', disabilityGrade: 'disabilityGrade', laborCapacity: 'laborCapacity', employmentKind: 'employmentKind',
};
const MONEY = new Set(['wageIncome', 'businessIncome', 'businessCosts', 'propertyIncome', 'transferIncome', 'netIncome', 'netIncomePerCapita', 'medicalExpenses', 'schoolingExpenses', 'employmentIncome']);
const DATES = new Set(['birthDate', 'movedInOn', 'movedOutOn', 'checkedOn']);
const MU = new Set(['cultivatedLandMu', 'irrigatedLandMu', 'forestMu', 'grasslandMu']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value of a field in words: codes as labels, fen as yuan, dates in the reader's language. */
export function describeValue(field: string, value: unknown, text: ValueText): string {
  if (value === null || value === undefined || value === '') return text.none;
  const [parent, child] = field.split('.');
  if (parent === 'transferItems' && typeof value === 'number') return text.money(value);
  if (parent === 'items' && typeof value === 'string') return text.codeLabel('basicNeedsResult', value);
  if (child !== undefined) return String(value);
  const list = CODE_LISTS[field];
  if (list && Array.isArray(value)) return value.length ? text.list(value.map((v) => text.codeLabel(list, String(v)))) : text.none;
  if (list) return text.codeLabel(list, String(value));
  if (field === 'villageCode' && typeof value === 'string') return text.regionName(value);
  if (typeof value === 'boolean') return text.yesNo(value);
  if (typeof value === 'number' && MONEY.has(field)) return text.money(value);
  if (typeof value === 'number' && MU.has(field)) return text.mu(value);
  if (typeof value === 'number' && field === 'roadDistanceKm') return text.km(value);
  if (typeof value === 'string' && DATES.has(field)) return text.date(value);
  if (Array.isArray(value)) return text.list(value.map(String));
  return String(value);
}

/** Nested records (transfer items, check results, evidence) as one change per item that differs. */
function expand(change: FieldChange): FieldChange[] {
  if (!NESTED.has(change.field)) return [change];
  const before = isPlainObject(change.before) ? change.before : {};
  const after = isPlainObject(change.after) ? change.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => ({ field: `${change.field}.${k}`, before: before[k] ?? null, after: after[k] ?? null }));
}

/** The label of a field; a nested item is labelled by its group and itself ("证据 · 不愁吃"). */
function labelOf(field: string, text: ValueText): string {
  const [parent = field, child] = field.split('.');
  if (child === undefined) return text.fieldLabel(field) ?? field;
  if (parent === 'transferItems') return text.fieldLabel(child) ?? field;
  return `${text.fieldLabel(parent) ?? parent} · ${text.codeLabel('basicNeedsItem', child)}`;
}

/**
 * An entry's changes as rows a person can read: field names translated, values in words,
 * bookkeeping left out, in the order the forms ask for them. A record's first image (nothing
 * before it) lists only the values it was given.
 */
export function describeChanges(changes: readonly FieldChange[], text: ValueText): ChangeRow[] {
  const isFirstImage = changes.every((c) => c.before === null || c.before === undefined);
  const rank = (field: string) => {
    const [parent = field, child] = field.split('.');
    return text.order(parent === 'transferItems' && child ? child : parent);
  };
  return changes
    .filter((c) => !HIDDEN.has(c.field))
    .flatMap(expand)
    .filter((c) => !isFirstImage || !(isBlank(c.after) || isNoAmount(c.field, c.after)))
    .sort((a, b) => rank(a.field) - rank(b.field))
    .map((c) => ({ key: c.field, label: labelOf(c.field, text), before: describeValue(c.field, c.before, text), after: describeValue(c.field, c.after, text) }));
}

/** An amount of nothing, left out of a first image (an income lists a dozen items, most of them 0). */
function isNoAmount(field: string, value: unknown): boolean {
  return value === 0 && (MONEY.has(field) || field.startsWith('transferItems.'));
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
