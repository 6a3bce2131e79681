import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fadedElements } from '../../canvas/elements';
import { makeEncoding } from '../../canvas/encoding';
import { useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { FilterPanel } from './FilterPanel';
import { LegendPanel } from './LegendPanel';
import { legendFor } from './legendModel';
import './legend.css';

type Tab = 'legend' | 'filters';
const TABS: readonly Tab[] = ['legend', 'filters'];

/**
 * The canvas overlay (bottom-left): a collapsible legend derived from the canvas's own encoding
 * table, and the filters. Tabs follow the WAI-ARIA tabs pattern (arrow keys, Home, End).
 */
export function MapLegend() {
  const map = useMap();
  const { colourBy, filters } = useView();
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(true);
  const [tab, setTab] = useState<Tab>('legend');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const id = useId();

  const encoding = useMemo(
    () => (map ? makeEncoding(map.codebook, colourBy, locale) : null),
    [map, colourBy, locale],
  );
  const model = useMemo(
    () => (map && encoding ? legendFor(map, encoding, locale, t) : null),
    [map, encoding, locale, t],
  );
  const faded = useMemo(
    () => (map && encoding ? fadedElements(map, encoding, filters) : null),
    [map, encoding, filters],
  );
  if (!map || !encoding || !model || !faded) return null;

  const activeCount =
    filters.dimensions.length +
    filters.motives.length +
    filters.frequencies.length +
    filters.typeGroups.length;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const tabLabel = (which: Tab) =>
    which === 'legend'
      ? t('encoding.tabLegend')
      : activeCount > 0
        ? t('encoding.tabFiltersActive', { count: activeCount })
        : t('encoding.tabFilters');

  // One toggle button in both states, so keyboard focus stays on it when it collapses or expands.
  return (
    <section
      className={`legend-overlay${expanded ? '' : ' collapsed'}`}
      aria-label={t('encoding.region')}
      data-testid="legend-overlay"
    >
      <div className="legend-header">
        {expanded && (
          <div role="tablist" aria-label={t('encoding.region')} className="legend-tabs">
            {TABS.map((which) => (
              <button
                key={which}
                ref={(el) => {
                  tabRefs.current[which] = el;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${which}`}
                aria-selected={tab === which}
                aria-controls={`${id}-panel-${which}`}
                tabIndex={tab === which ? 0 : -1}
                onClick={() => setTab(which)}
                onKeyDown={onTabKey}
                data-testid={`legend-tab-${which}`}
              >
                {tabLabel(which)}
              </button>
            ))}
          </div>
        )}
        <button
          type="button"
          className={expanded ? 'legend-hide' : 'legend-toggle'}
          aria-expanded={expanded}
          aria-label={expanded ? t('encoding.hide') : undefined}
          title={expanded ? t('encoding.hide') : undefined}
          onClick={() => setExpanded(!expanded)}
          data-testid="legend-toggle"
        >
          {expanded ? (
            <span aria-hidden="true">▾</span>
          ) : activeCount > 0 ? (
            t('encoding.showActive', { count: activeCount })
          ) : (
            t('encoding.show')
          )}
        </button>
      </div>
      {expanded &&
        TABS.map((which) => (
          <div
            key={which}
            className="legend-body"
            role="tabpanel"
            id={`${id}-panel-${which}`}
            aria-labelledby={`${id}-tab-${which}`}
            tabIndex={0}
            hidden={tab !== which}
          >
            {which === 'legend' ? (
              <LegendPanel model={model} filtered={activeCount > 0} />
            ) : (
              <FilterPanel
                map={map}
                encoding={encoding}
                filters={filters}
                faded={faded}
                activeCount={activeCount}
              />
            )}
          </div>
        ))}
    </section>
  );
}
