import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { VillageTileMap } from './village-tile-map.tsx';
import { groupVillageTiles, type TileMetric, type VillageAggregate } from './village-tiles.ts';

const aggregates: VillageAggregate[] = [
  { villageCode: '150602101201', villageName: '丙村', townshipCode: '150602101', alertsOpen: 6, alertsUnattached: 4, casesOpen: 3,
    casesByState: { alerted: 1, verifying: 1, included: 0, assisting: 1 }, overdue: 2 },
  { villageCode: '150602102201', villageName: '乙村', townshipCode: '150602102', alertsOpen: 1, alertsUnattached: 1, casesOpen: 0,
    casesByState: { alerted: 0, verifying: 0, included: 0, assisting: 0 }, overdue: 0 },
];
const villages = [{ code: '150602101200', name: '甲村' }, { code: '150602101201', name: '丙村' }, { code: '150602102201', name: '乙村' }, { code: '150602103201', name: '丁村' }];
const townships = new Map([['150602101', '罕台镇'], ['150602102', '泊江海子镇'], ['150602103', '铜川镇']]);

function renderMap(metric: TileMetric, onOpen = vi.fn(), onMetricChange = vi.fn()) {
  render(<VillageTileMap groups={groupVillageTiles(villages, aggregates, townships, metric)} metric={metric} onMetricChange={onMetricChange} onOpen={onOpen} />);
  return { onOpen, onMetricChange };
}

describe('the village tile map', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('draws each township with its villages, every tile naming its count, the darkest for the most', () => {
    renderMap('alertsUnattached');
    const hantai = screen.getByRole('region', { name: '罕台镇' });
    expect(within(hantai).getByRole('heading').textContent).toBe('罕台镇：4');
    const tiles = within(hantai).getAllByRole('button');
    expect(tiles.map((b) => b.getAttribute('aria-label'))).toEqual(['甲村：待核实预警 0', '丙村：待核实预警 4']);
    expect(tiles[1]?.className).toContain('tile-map__tile--l5');
    expect(tiles[0]?.className).toContain('tile-map__tile--l0');
    expect(screen.getByRole('button', { name: '乙村：待核实预警 1' }).className).toContain('tile-map__tile--l2');
  });

  it('folds away the townships with nothing open', () => {
    renderMap('casesOpen');
    const quiet = screen.getByText('其余 1 个乡镇没有未关闭的预警和监测对象').closest('details');
    expect(quiet?.open).toBe(false);
    expect(within(quiet ?? document.body).getByRole('button', { name: '丁村：在监测对象 0' })).toBeTruthy();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['罕台镇：3', '泊江海子镇：0', '铜川镇：0']);
  });

  it('has a legend from nothing up to the largest count', () => {
    renderMap('overdue');
    const legend = screen.getByLabelText('图例');
    expect([...legend.querySelectorAll('.tile-map__legend-item')].map((e) => e.textContent)).toEqual(['无', '1', '2']);
  });

  it('leads from a tile to its village, and switches what the colour counts', () => {
    const { onOpen, onMetricChange } = renderMap('casesOpen');
    fireEvent.click(screen.getByRole('button', { name: '丙村：在监测对象 3' }));
    expect(onOpen).toHaveBeenCalledWith('150602101201');
    fireEvent.click(screen.getByText('超期'));
    expect(onMetricChange).toHaveBeenCalledWith('overdue');
  });
});
