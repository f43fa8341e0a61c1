import { Segmented, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { legendSteps, TILE_COLORS, TILE_METRICS, type TileMetric, type TownshipGroup, type VillageTile } from './village-tiles.ts';

function TileTip({ tile }: { tile: VillageTile }) {
  const { t } = useTranslation();
  const c = tile.counts;
  if (!c) return <span>{tile.name}：{t('monitoringCases.map.none')}</span>;
  return (
    <div>
      <strong>{tile.name}</strong>
      <div>{t('monitoringCases.map.tooltipAlerts', { open: c.alertsOpen, unattached: c.alertsUnattached })}</div>
      <div>{t('monitoringCases.map.tooltipCases', { open: c.casesOpen, ...c.casesByState })}</div>
      {c.overdue > 0 && <div>{t('monitoringCases.map.tooltipOverdue', { count: c.overdue })}</div>}
    </div>
  );
}

function TownshipTiles({ group, metricName, onOpen }: { group: TownshipGroup; metricName: string; onOpen: (villageCode: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="tile-map__township" aria-label={group.name}>
      <h3 className="tile-map__township-name">{t('monitoringCases.map.township', { name: group.name, total: group.total })}</h3>
      <div className="tile-map__tiles">
        {group.tiles.map((tile) => (
          <Tooltip key={tile.code} title={<TileTip tile={tile} />}>
            <button type="button" className={`tile-map__tile tile-map__tile--l${tile.level}`} data-village={tile.code}
              style={{ background: TILE_COLORS[tile.level] }} onClick={() => onOpen(tile.code)}
              aria-label={t('monitoringCases.map.tileLabel', { name: tile.name, metric: metricName, value: tile.value })}>
              <span className="tile-map__name">{tile.name}</span>
              <span className="tile-map__value">{tile.value}</span>
            </button>
          </Tooltip>
        ))}
      </div>
    </section>
  );
}

/**
 * Villages as tiles under their township, coloured by the chosen count, with a legend. A tile is a
 * button: its name says the count (for screen readers and phones, where there is no hover), and it
 * leads to the village's list.
 */
export function VillageTileMap({ groups, metric, onMetricChange, onOpen }: {
  groups: readonly TownshipGroup[]; metric: TileMetric; onMetricChange: (m: TileMetric) => void; onOpen: (villageCode: string) => void;
}) {
  const { t } = useTranslation();
  const max = Math.max(0, ...groups.flatMap((g) => g.tiles.map((tile) => tile.value)));
  // Townships with nothing open fold away, so the map shows where the work is.
  const active = groups.filter((g) => g.tiles.some((tile) => tile.counts !== null));
  const quiet = groups.filter((g) => g.tiles.every((tile) => tile.counts === null));
  const metricName = t(`monitoringCases.map.metric.${metric}`);
  return (
    <div className="tile-map">
      <Segmented<TileMetric> className="tile-map__metric" value={metric} onChange={onMetricChange}
        options={TILE_METRICS.map((m) => ({ value: m, label: t(`monitoringCases.map.metric.${m}`) }))} />
      <div className="tile-map__legend" aria-label={t('monitoringCases.map.legend')}>
        {legendSteps(max).map((s) => (
          <span key={s.level} className="tile-map__legend-item">
            <span className="tile-map__swatch" style={{ background: TILE_COLORS[s.level] }} />
            {s.level === 0 ? t('monitoringCases.map.none') : s.from === s.to ? String(s.from) : t('monitoringCases.map.range', { from: s.from, to: s.to })}
          </span>
        ))}
      </div>
      {active.map((g) => <TownshipTiles key={g.code} group={g} metricName={metricName} onOpen={onOpen} />)}
      {quiet.length > 0 && (
        <details className="tile-map__quiet">
          <summary>{t('monitoringCases.map.quiet', { count: quiet.length })}</summary>
          {quiet.map((g) => <TownshipTiles key={g.code} group={g} metricName={metricName} onOpen={onOpen} />)}
        </details>
      )}
    </div>
  );
}
