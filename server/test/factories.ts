/**
 * Test data builders for the registry: valid ID numbers, household and member inputs, and a
 * household registered through the API. Import these instead of hand-writing households.
 */
import crypto from 'node:crypto';
import { computeCheckDigit, type Gender } from '@fupin/core';
import type { z } from '@hono/zod-openapi';
import type { HouseholdView, householdCreateSchema } from '../src/features/households/households.schemas.ts';
import type { memberInputSchema } from '../src/features/members/members.schemas.ts';
import { request, type TestApp, type TestUser } from './test-context.ts';

/** The request bodies as a client sends them (defaults may be left out). */
export type HouseholdInputBody = z.input<typeof householdCreateSchema>;
export type MemberInputBody = z.input<typeof memberInputSchema>;

/** 九成功村委会 in 罕台镇 (150602101), 东胜区 (150602): a real village loaded in every test database. */
export const DEFAULT_TEST_VILLAGE = '150602101201';

// A random start keeps numbers distinct across the test files sharing a PostgreSQL server.
let serial = crypto.randomInt(0, 1_000_000);
function nextSerial(): number {
  serial += 1;
  return serial;
}

function dateFromSerial(n: number, fromYear: number, spanYears: number): string {
  const days = n % Math.floor(spanYears * 365.2425);
  const d = new Date(Date.UTC(fromYear, 0, 1) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface IdNumberOptions {
  /** The 6-digit region prefix (default 150602). */
  region?: string;
  birthDate?: string;
  gender?: Gender;
}

/** A valid 18-character ID number (GB 11643 check digit), distinct from the others made in this file. */
export function makeIdNumber(options: IdNumberOptions = {}): string {
  const n = nextSerial();
  const birthDate = options.birthDate ?? dateFromSerial(n, 1950, 50);
  const gender = options.gender ?? (n % 2 === 1 ? 'male' : 'female');
  const sequence = n % 500;
  const digits = String(Math.floor(sequence / 5)).padStart(2, '0') + String((sequence % 5) * 2 + (gender === 'male' ? 1 : 0));
  const first17 = (options.region ?? '150602') + birthDate.replaceAll('-', '') + digits;
  return first17 + computeCheckDigit(first17);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '高', '郭'];
const GIVEN = ['建国', '秀英', '桂兰', '志强', '海燕', '文华', '玉梅', '永刚', '春花', '占军', '丽娜', '宝山'];

export function makePersonName(surname?: string): string {
  const n = nextSerial();
  return (surname ?? SURNAMES[n % SURNAMES.length] ?? '王') + (GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length] ?? '建国');
}

/** A member: by default an adult head of household who can work; children are born 2005–2019. */
export function buildMemberInput(overrides: Partial<MemberInputBody> = {}): MemberInputBody {
  const relation = overrides.relationToHead ?? 'self';
  const isChild = relation === 'son' || relation === 'daughter';
  const gender: Gender = relation === 'spouse' || relation === 'daughter' ? 'female' : 'male';
  const birthDate = dateFromSerial(nextSerial(), isChild ? 2005 : 1955, isChild ? 14 : 30);
  return {
    name: makePersonName(),
    idNumber: makeIdNumber({ birthDate, gender }),
    relationToHead: relation,
    laborCapacity: isChild ? 'none' : 'ordinary',
    ...overrides,
  };
}

const FAMILY = ['self', 'spouse', 'son', 'daughter', 'son', 'daughter', 'parent', 'grandchild'] as const;

/** Members for a household of `count` people: head, spouse, then children and others. */
export function buildFamily(count: number): MemberInputBody[] {
  return Array.from({ length: count }, (_, i) => buildMemberInput({ relationToHead: FAMILY[i] ?? 'other' }));
}

export type HouseholdOverrides = Partial<HouseholdInputBody> & {
  /** How many members to generate when `members` is not given (default 3). */
  memberCount?: number;
};

/** A valid registration body; the household number starts with the village code and is unique. */
export function buildHouseholdInput(overrides: HouseholdOverrides = {}): HouseholdInputBody {
  const { memberCount = 3, ...fields } = overrides;
  const villageCode = fields.villageCode ?? DEFAULT_TEST_VILLAGE;
  return {
    householdNo: `${villageCode}${String(nextSerial() % 10_000_000).padStart(7, '0')}`,
    villageCode,
    householdType: 'general',
    povertyStatus: 'poor',
    yearIdentified: 2016,
    mainCause: 'illness',
    otherCauses: ['skills'],
    members: buildFamily(memberCount),
    ...fields,
  };
}

/** Registers a household through the API as `user`; fails the test with the problem when refused. */
export async function registerTestHousehold(t: TestApp, user: TestUser, overrides: HouseholdOverrides = {}): Promise<HouseholdView> {
  const res = await request<HouseholdView>(t, 'POST', '/api/v1/households', { user, body: buildHouseholdInput(overrides) });
  if (res.status !== 201) throw new Error(`registering a test household failed (${res.status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The village codes under a region, as loaded in the test database. */
export async function findTestVillages(t: TestApp, root: string): Promise<string[]> {
  const rows = await t.ctx.db.selectFrom('regions').select('code')
    .where('level', '=', 'village').where('code', '>=', root).where('code', '<', `${root}~`)
    .orderBy('code').execute();
  return rows.map((r) => r.code);
}
