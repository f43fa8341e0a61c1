import type { components } from '../api/schema.gen.ts';

export type Region = components['schemas']['Region'];
export type RegionNode = components['schemas']['RegionNode'];
export type RegionDetail = components['schemas']['RegionDetail'];
export type RegionLevel = Region['level'];

/** A node of the region tree as the tree component takes it. */
export interface RegionTreeNode {
  key: string;
  title: string;
  level: RegionLevel;
  isLeaf: boolean;
  children?: RegionTreeNode[];
}

/** Region codes nest by prefix (15 ⊃ 1506 ⊃ 150602 ⊃ 150602101 ⊃ 150602101201). */
export function isWithinRegion(scopeCode: string, code: string): boolean {
  return code.startsWith(scopeCode);
}

/**
 * The tree under the user's root region, as far as children have been loaded. A node whose
 * children are not loaded yet has no `children`, so the tree offers to load them on expand.
 */
export function buildRegionTree(root: Region, childrenByCode: ReadonlyMap<string, readonly RegionNode[]>): RegionTreeNode[] {
  const build = (region: Region, hasChildren: boolean): RegionTreeNode => {
    const loaded = childrenByCode.get(region.code);
    const node: RegionTreeNode = { key: region.code, title: region.name, level: region.level, isLeaf: !hasChildren || loaded?.length === 0 };
    if (loaded && loaded.length > 0) node.children = loaded.map((child) => build(child, child.hasChildren));
    return node;
  };
  return [build(root, root.level !== 'village')];
}

/**
 * The nodes to open so that `selected` shows in the tree: its ancestors inside the user's scope
 * (the tree starts at the scope; regions above it are not in the tree).
 */
export function pathToReveal(detail: RegionDetail, scopeCode: string): string[] {
  return detail.path
    .map((r) => r.code)
    .filter((code) => code !== detail.code && isWithinRegion(scopeCode, code))
    .sort((a, b) => a.length - b.length);
}

/** The breadcrumb of a region: its path from the province, then itself. */
export function regionTrail(detail: RegionDetail): Region[] {
  const ancestors = detail.path.filter((r) => r.code !== detail.code).sort((a, b) => a.code.length - b.code.length);
  return [...ancestors, { code: detail.code, name: detail.name, level: detail.level, parentCode: detail.parentCode }];
}
