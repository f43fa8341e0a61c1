import { describe, expect, it } from 'vitest';
import { buildRegionTree, isWithinRegion, pathToReveal, type RegionDetail, type RegionNode, regionTrail } from './region-tree.ts';

const county = { code: '150602', name: '东胜区', level: 'county', parentCode: '1506' } as const;
const township = (code: string, name: string, hasChildren = true): RegionNode => ({ code, name, level: 'township', parentCode: '150602', hasChildren });
const village = (code: string, name: string): RegionNode => ({ code, name, level: 'village', parentCode: code.slice(0, 9), hasChildren: false });

describe('the region tree', () => {
  it('starts with the user\'s region, closed until its children are loaded', () => {
    expect(buildRegionTree(county, new Map())).toEqual([{ key: '150602', title: '东胜区', level: 'county', isLeaf: false }]);
  });

  it('grows as children are loaded, keeping their order', () => {
    const tree = buildRegionTree(county, new Map([
      ['150602', [township('150602101', '罕台镇'), township('150602102', '泊尔江海子镇')]],
      ['150602101', [village('150602101201', '九大股村')]],
    ]));
    const [root] = tree;
    expect(root?.children?.map((n) => n.title)).toEqual(['罕台镇', '泊尔江海子镇']);
    expect(root?.children?.[0]?.children).toEqual([{ key: '150602101201', title: '九大股村', level: 'village', isLeaf: true }]);
    expect(root?.children?.[1]).toEqual({ key: '150602102', title: '泊尔江海子镇', level: 'township', isLeaf: false });
  });

  it('marks a region without children as a leaf, so it offers nothing to expand', () => {
    const tree = buildRegionTree(county, new Map([['150602', [township('150602103', '空镇', false)]], ['150602104', []]]));
    expect(tree[0]?.children?.[0]?.isLeaf).toBe(true);
    expect(buildRegionTree({ ...county, code: '150602101201', level: 'village' }, new Map())[0]?.isLeaf).toBe(true);
  });

  it('opens the way down to a chosen region, from inside the user\'s scope only', () => {
    const detail: RegionDetail = {
      code: '150602101201', name: '九大股村', level: 'village', parentCode: '150602101',
      path: [
        { code: '15', name: '内蒙古自治区', level: 'province', parentCode: null },
        { code: '1506', name: '鄂尔多斯市', level: 'city', parentCode: '15' },
        { code: '150602101', name: '罕台镇', level: 'township', parentCode: '150602' },
        { code: '150602', name: '东胜区', level: 'county', parentCode: '1506' },
      ],
    };
    expect(pathToReveal(detail, '150602')).toEqual(['150602', '150602101']);
    expect(pathToReveal(detail, '150602101')).toEqual(['150602101']);
    expect(regionTrail(detail).map((r) => r.name)).toEqual(['内蒙古自治区', '鄂尔多斯市', '东胜区', '罕台镇', '九大股村']);
  });

  it('nests codes by prefix', () => {
    expect(isWithinRegion('150602', '150602101201')).toBe(true);
    expect(isWithinRegion('150602', '150602')).toBe(true);
    expect(isWithinRegion('150602', '150603101')).toBe(false);
  });
});
