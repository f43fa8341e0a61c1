const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today's calendar date where the user is (YYYY-MM-DD). Not toISOString(): in China that is
 * yesterday until 08:00, and the server refuses a step dated before the day it started.
 */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
