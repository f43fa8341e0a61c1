import { isWithinRegion, shortenRegionCode } from '@fupin/core';
import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/database.ts';
import { findRegionByCode, findVillagesNamed } from './import.repository.ts';

export type VillageResult = { code: string } | { problem: 'villageUnknown' | 'villageOutOfScope'; message: string };

/**
 * Resolves the village cell of a sheet: a 12-digit code, or a village's name inside the actor's
 * region. A name shared by several villages resolves to the household's current village when it
 * is one of them (so a re-imported export stays put), and is a problem otherwise.
 */
export function createVillageResolver(db: Db, actor: Actor) {
  const byCode = new Map<string, VillageResult>();
  const byName = new Map<string, string[]>();

  async function resolveCode(code: string): Promise<VillageResult> {
    const cached = byCode.get(code);
    if (cached) return cached;
    const region = await findRegionByCode(db, shortenRegionCode(code));
    let result: VillageResult;
    if (!region) result = { problem: 'villageUnknown', message: `region ${code} does not exist` };
    else if (region.level !== 'village') result = { problem: 'villageUnknown', message: `region ${code} (${region.name}) is not a village` };
    else if (!isWithinRegion(actor.regionCode, region.code)) result = { problem: 'villageOutOfScope', message: `village ${code} is outside your region` };
    else result = { code: region.code };
    byCode.set(code, result);
    return result;
  }

  return async function resolveVillage(text: string, preferred: string | undefined): Promise<VillageResult> {
    if (/^\d{6,12}$/.test(text)) return resolveCode(text);
    let codes = byName.get(text);
    if (!codes) {
      codes = (await findVillagesNamed(db, text, actor.regionCode)).map((r) => r.code);
      byName.set(text, codes);
    }
    if (codes.length === 1 && codes[0] !== undefined) return { code: codes[0] };
    if (preferred !== undefined && codes.includes(preferred)) return { code: preferred };
    if (codes.length === 0) return { problem: 'villageUnknown', message: `no village named ${text} in your region` };
    return { problem: 'villageUnknown', message: `${codes.length} villages in your region are named ${text}; give the 12-digit village code` };
  };
}
