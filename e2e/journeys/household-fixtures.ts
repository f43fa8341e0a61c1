import type { Page } from 'playwright-core';
import { getJson } from '../support/api.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * A valid ID number (GB 11643) that no demo member has: born on the given date, a random
 * sequence of the given gender, so journeys can run again on the same server.
 */
export function freshIdNumber(birthDate: string, gender: 'male' | 'female'): string {
  const sequence = Math.floor(Math.random() * 500) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `150602${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0);
  return first17 + CHECK_CHARS[sum % 11];
}

interface HouseholdPage {
  items: { id: number; headName: string; householdNo: string; memberCount: number }[];
}

/** A demo household with at least two members, to open its page. */
export async function findHousehold(page: Page): Promise<HouseholdPage['items'][number]> {
  const list = await getJson<HouseholdPage>(page, '/api/v1/households?pageSize=50&sort=householdNo');
  const household = list.items.find((h) => h.memberCount >= 2);
  if (!household) throw new Error('the demo county has no household with two members');
  return household;
}
