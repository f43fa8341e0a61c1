/** A broken programme rule: a stable code, the field it concerns, and the values that decided it. */
export interface ProgrammeReason {
  code: string;
  field: string;
  message: string;
  values: Readonly<Record<string, number | string>>;
}

/** The outcome of a programme rule with its reasons (empty when allowed). */
export interface ProgrammeCheck {
  isAllowed: boolean;
  reasons: ProgrammeReason[];
}

export function checkFrom(reasons: ProgrammeReason[]): ProgrammeCheck {
  return { isAllowed: reasons.length === 0, reasons };
}

/** Adds whole months to an ISO date, keeping the day where the month has it (else its last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new RangeError(`not an ISO date: ${isoDate}`);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** a × b ÷ c rounded half up, for non-negative integers (fen arithmetic). */
export function mulDivRound(a: number, b: number, c: number): number {
  return Math.floor((a * b * 2 + c) / (2 * c));
}
