import type { DemoVillage } from './demo-types.ts';

export interface CountyRegion {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/** 九成功村委会 → 九成功村, 巴音嘎查村民委员会 → 巴音嘎查: the name people use. */
export function shortVillageName(name: string): string {
  return name
    .replace(/嘎查(村民)?委员会$/, '嘎查')
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/委员会$/, '');
}

/** Rural villages (村, 嘎查), not urban communities (社区, 居委会). */
export function isRuralVillageName(name: string): boolean {
  return /村|嘎查/.test(name) && !/(社区|居委会|居民委员会)$/.test(name);
}

/**
 * The villages of a county that demo households live in: its rural villages, or every village
 * when the county has none (a city district).
 */
export function chooseDemoVillages(regions: readonly CountyRegion[]): DemoVillage[] {
  const townships = new Map(regions.filter((r) => r.level === 'township').map((r) => [r.code, r.name]));
  const villages = regions.filter((r) => r.level === 'village');
  const rural = villages.filter((v) => isRuralVillageName(v.name));
  return (rural.length > 0 ? rural : villages).map((v) => ({
    code: v.code,
    name: shortVillageName(v.name),
    townshipName: townships.get(v.parentCode ?? '') ?? '',
  }));
}
