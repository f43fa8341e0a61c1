import { describe, expect, it } from 'vitest';
import { groupVillageTiles, legendSteps, tileLevel, type VillageAggregate } from './village-tiles.ts';

function aggregate(villageCode: string, counts: Partial<VillageAggregate>): VillageAggregate {
  return {
    villageCode, villageName: null, townshipCode: villageCode.slice(0, 9), alertsOpen: 0, alertsUnattached: 0, casesOpen: 0,
    casesByState: { alerted: 0, verifying: 0, included: 0, assisting: 0 }, overdue: 0, ...counts,
  };
}

describe('tile levels', () => {
  it('keep level 0 for nothing and show even one case', () => {
    expect(tileLevel(0, 10)).toBe(0);
    expect(tileLevel(1, 10)).toBe(1);
    expect(tileLevel(1, 1)).toBe(5);
    expect(tileLevel(10, 10)).toBe(5);
    expect(tileLevel(6, 10)).toBe(3);
    expect(tileLevel(3, 0)).toBe(0);
  });

  it('give the legend contiguous ranges up to the maximum, leaving out empty levels', () => {
    expect(legendSteps(10)).toEqual([
      { level: 0, from: 0, to: 0 }, { level: 1, from: 1, to: 2 }, { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 }, { level: 4, from: 7, to: 8 }, { level: 5, from: 9, to: 10 },
    ]);
    expect(legendSteps(2)).toEqual([{ level: 0, from: 0, to: 0 }, { level: 3, from: 1, to: 1 }, { level: 5, from: 2, to: 2 }]);
    expect(legendSteps(0)).toEqual([{ level: 0, from: 0, to: 0 }]);
  });
});

describe('village tiles', () => {
  const villages = [
    { code: '150602102201', name: '乙村' },
    { code: '150602101200', name: '甲村' },
    { code: '150602101201', name: '丙村' },
  ];
  const townships = new Map([['150602101', '罕台镇'], ['150602102', '泊江海子镇']]);

  it('draw every village of the scope grouped by township in code order, coloured by the chosen count', () => {
    const groups = groupVillageTiles(villages, [aggregate('150602101201', { casesOpen: 4, overdue: 1 }), aggregate('150602102201', { casesOpen: 2 })], townships, 'casesOpen');
    expect(groups.map((g) => [g.name, g.total, g.tiles.map((t) => [t.name, t.value, t.level])])).toEqual([
      ['罕台镇', 4, [['甲村', 0, 0], ['丙村', 4, 5]]],
      ['泊江海子镇', 2, [['乙村', 2, 3]]],
    ]);
    expect(groups[0]?.tiles[0]?.counts).toBeNull();
    const overdue = groupVillageTiles(villages, [aggregate('150602101201', { casesOpen: 4, overdue: 1 })], townships, 'overdue');
    expect(overdue[0]?.tiles[1]).toMatchObject({ value: 1, level: 5 });
  });

  it('still draw a village only the counts know, under its township code when the name is unknown', () => {
    const groups = groupVillageTiles([], [aggregate('150602109201', { alertsOpen: 3, villageName: '新村' })], townships, 'alertsOpen');
    expect(groups).toEqual([{ code: '150602109', name: '150602109', total: 3, tiles: [expect.objectContaining({ code: '150602109201', name: '新村', value: 3 })] }]);
  });
});
