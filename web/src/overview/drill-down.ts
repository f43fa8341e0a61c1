import { isWithinRegion } from '../regions/region-tree.ts';

/** Region codes by level: province 2, city 4, county 6, township 9, village 12 digits. */
const VILLAGE_CODE_LENGTH = 12;

/** A village is the end of the drill-down: its only "child" is itself. */
export function canDrillDownFrom(regionCode: string): boolean {
  return regionCode.length < VILLAGE_CODE_LENGTH;
}

/**
 * Where clicking a child region's bar leads: into that child, when it lies below the region shown
 * and inside the user's scope; otherwise nowhere (a village's own bar, or a code from elsewhere).
 */
export function drillDownTarget(currentCode: string, childCode: string | undefined, scopeCode: string): string | undefined {
  if (!childCode || !canDrillDownFrom(currentCode)) return undefined;
  if (childCode.length <= currentCode.length || !isWithinRegion(currentCode, childCode)) return undefined;
  return isWithinRegion(scopeCode, childCode) ? childCode : undefined;
}
