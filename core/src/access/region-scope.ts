/**
 * Region codes are 12-digit statistical codes; a shorter code (2 province, 4 city, 6 county,
 * 9 township) stands for its whole subtree. Every rule about "inside a user's region" is here.
 */
export const REGION_CODE_LENGTH = 12;

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'village' };

export function regionLevelOf(code: string): RegionLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

/** A 12-digit code with its trailing zero levels removed: 150602000000 → 150602. */
export function shortenRegionCode(code: string): string {
  if (code.length !== 12) return code;
  if (code.endsWith('0000000000')) return code.slice(0, 2);
  if (code.endsWith('00000000')) return code.slice(0, 4);
  if (code.endsWith('000000')) return code.slice(0, 6);
  if (code.endsWith('000')) return code.slice(0, 9);
  return code;
}

/** True when `code` lies in the subtree rooted at `root` (both in short form). */
export function isWithinRegion(root: string, code: string): boolean {
  return code.startsWith(root);
}

/** The codes of the ancestors of a region, from province down, excluding itself. */
export function regionAncestors(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/** The half-open string range [from, to) that holds every code in the subtree of `root`. */
export function regionCodeRange(root: string): { from: string; to: string } {
  const last = root.charCodeAt(root.length - 1);
  return { from: root, to: root.slice(0, -1) + String.fromCharCode(last + 1) };
}
