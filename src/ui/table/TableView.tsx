import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { PartnerMapDoc } from '../../model';
import { useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { ActorsTable } from './ActorsTable';
import { makeLabels } from './rowModels';
import type { SortState } from './sorting';
import { TiesTable } from './TiesTable';
import './table.css';

type Tab = 'actors' | 'ties';
const TABS: readonly Tab[] = ['actors', 'ties'];

interface Status {
  readonly message: string;
  readonly tone: 'info' | 'error';
}

/**
 * The table view: actors and ties as editable, sortable grids, a full editor for keyboard and
 * screen-reader users and for fast data entry, beside or instead of the canvas.
 */
export function TableView() {
  const map = useMap();
  return map ? <TableViewBody map={map} /> : null;
}

function TableViewBody({ map }: { map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const { selection } = useView();
  const baseId = useId();
  const pane = useRef<HTMLElement>(null);
  const [tab, setTab] = useState<Tab>('actors');
  const [sorts, setSorts] = useState<Readonly<Record<Tab, SortState | null>>>({
    actors: null,
    ties: null,
  });
  const [status, setStatus] = useState<Status | null>(null);
  const labels = useMemo(() => makeLabels(map.codebook, locale), [map.codebook, locale]);
  const onStatus = useCallback(
    (message: string, tone: Status['tone']) => setStatus({ message, tone }),
    [],
  );

  // A tie picked on the canvas shows the ties table (and an actor the actors table), unless
  // the user is working in the tables right now.
  useEffect(() => {
    const wanted: Tab | null =
      selection?.kind === 'tie' ? 'ties' : selection?.kind === 'actor' ? 'actors' : null;
    if (wanted && !pane.current?.contains(document.activeElement)) setTab(wanted);
  }, [selection]);

  const choose = (next: Tab) => {
    setTab(next);
    setStatus(null);
  };
  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(at + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  const helpId = `${baseId}-help`;
  const shared = {
    map,
    labels,
    sort: sorts[tab],
    onSort: (sort: SortState) => setSorts((s) => ({ ...s, [tab]: sort })),
    onStatus,
    describedBy: helpId,
  };
  return (
    <section
      ref={pane}
      className="table-pane"
      aria-label={t('table.label')}
      data-testid="table-view"
    >
      <div className="table-bar">
        <div role="tablist" aria-label={t('table.tabs')} className="table-tabs">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`${baseId}-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`${baseId}-panel`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => choose(id)}
              onKeyDown={onTabKey}
              data-testid={`table-tab-${id}`}
            >
              {id === 'actors'
                ? t('table.actorsTab', { count: map.actors.length })
                : t('table.tiesTab', { count: map.ties.length })}
            </button>
          ))}
        </div>
        <p
          className={`table-status ${status?.tone ?? ''}`}
          role="status"
          aria-live="polite"
          data-testid="table-status"
        >
          {status?.message}
        </p>
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="table-panel"
      >
        {tab === 'actors' ? <ActorsTable {...shared} /> : <TiesTable {...shared} />}
      </div>
      <details className="table-help">
        <summary>{t('table.keysTitle')}</summary>
        <p id={helpId}>{t('table.keysHelp')}</p>
      </details>
    </section>
  );
}
