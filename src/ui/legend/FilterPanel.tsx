import { useMemo, useState, type ReactNode } from 'react';
import { motivesByDimension, termLabel, type Term } from '../../codebook';
import type { Faded } from '../../canvas/elements';
import { tieWidth, type Encoding } from '../../canvas/encoding';
import { NO_MOTIVE_COLOUR } from '../../canvas/palette';
import type { PartnerMapDoc } from '../../model';
import { NO_FILTERS, patchView, type Filters } from '../../store';
import { useEditor } from '../editorContext';
import { useI18n } from '../i18nContext';
import { filterCounts } from './legendModel';
import { ActorSwatch, TieSwatch } from './Swatch';

interface Props {
  readonly map: PartnerMapDoc;
  readonly encoding: Encoding;
  readonly filters: Filters;
  readonly faded: Faded;
  readonly activeCount: number;
}

type Facet = keyof Filters;
const FACETS: readonly Facet[] = ['dimensions', 'motives', 'frequencies', 'typeGroups'];

const toggle = (list: readonly string[], id: string): readonly string[] =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/**
 * Filters by motive dimension, motive, contact frequency and actor-type group. Choices live in
 * the view store (not saved, not undone); the canvas fades what does not match.
 */
export function FilterPanel({ map, encoding, filters, faded, activeCount }: Props) {
  const { t, locale } = useI18n();
  const { view } = useEditor();
  const counts = useMemo(() => filterCounts(map, encoding), [map, encoding]);
  // Sections open at first when they hold a choice; afterwards only the user opens or closes them
  // (closing one under the user's hands when its last box is unticked would lose focus).
  const [open, setOpen] = useState<ReadonlySet<Facet>>(
    () => new Set(FACETS.filter((f) => f === 'dimensions' || filters[f].length > 0)),
  );
  const set = (facet: Facet, id: string) =>
    view.setState((state) => ({
      ...state,
      filters: { ...state.filters, [facet]: toggle(state.filters[facet], id) },
    }));

  const option = (facet: Facet, term: Term, count: number, swatch?: ReactNode) => (
    <label
      key={term.id}
      className="filter-option"
      title={term.description ? term.description[locale] || term.description.en : undefined}
    >
      <input
        type="checkbox"
        checked={filters[facet].includes(term.id)}
        onChange={() => set(facet, term.id)}
        data-facet={facet}
        value={term.id}
      />
      {swatch}
      <span className="filter-label">{termLabel(term, locale)}</span>
      <span className="legend-count">{t('encoding.count', { count })}</span>
    </label>
  );

  const section = (facet: Facet, title: string, body: ReactNode) => (
    <details
      className="filter-facet"
      open={open.has(facet)}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen((current) => {
          if (current.has(facet) === isOpen) return current;
          const next = new Set(current);
          if (isOpen) next.add(facet);
          else next.delete(facet);
          return next;
        });
      }}
      data-testid={`filter-${facet}`}
    >
      <summary>
        <span>{title}</span>
        {filters[facet].length > 0 && (
          <span className="filter-chosen">
            {t('encoding.filterChosen', { count: filters[facet].length })}
          </span>
        )}
      </summary>
      <div className="filter-options">{body}</div>
    </details>
  );

  const bright = {
    actors: map.actors.length - faded.actors.size,
    ties: map.ties.length - faded.ties.size,
  };

  return (
    <div className="filter-panel" data-testid="filters">
      <p className="legend-note">{t('encoding.filterIntro')}</p>
      <div className="filter-actions">
        <button
          type="button"
          onClick={() => view.setState(patchView({ filters: NO_FILTERS }))}
          disabled={activeCount === 0}
          data-testid="clear-filters"
        >
          {activeCount > 0 ? t('encoding.clearCount', { count: activeCount }) : t('encoding.clear')}
        </button>
      </div>
      <p className="filter-status" role="status">
        {activeCount > 0
          ? t('encoding.showing', {
              actors: bright.actors,
              totalActors: map.actors.length,
              ties: bright.ties,
              totalTies: map.ties.length,
            })
          : t('encoding.noFilters')}
      </p>

      {section(
        'dimensions',
        t('encoding.filterDimensions'),
        encoding.dimensions.map((d) =>
          option(
            'dimensions',
            d.term,
            counts.dimensions.get(d.id) ?? 0,
            <TieSwatch colours={[d.colour]} marker={d.marker} />,
          ),
        ),
      )}
      {section(
        'motives',
        t('encoding.filterMotives'),
        motivesByDimension(map.codebook).map(({ group, terms }) => (
          <fieldset key={group.id} className="filter-group">
            <legend>{termLabel(group, locale)}</legend>
            {terms.map((m) => option('motives', m, counts.motives.get(m.id) ?? 0))}
          </fieldset>
        )),
      )}
      {section(
        'frequencies',
        t('encoding.filterFrequencies'),
        [...map.codebook.frequencies]
          .sort((a, b) => a.level - b.level)
          .map((f) =>
            option(
              'frequencies',
              f,
              counts.frequencies.get(f.id) ?? 0,
              <TieSwatch colours={[NO_MOTIVE_COLOUR]} width={tieWidth(f.level)} />,
            ),
          ),
      )}
      {section(
        'typeGroups',
        t('encoding.filterTypeGroups'),
        map.codebook.actorTypeGroups.map((g) => {
          // The group's look is drawn only when the canvas is coloured by type group.
          const look =
            encoding.colourBy === 'type-group'
              ? encoding.categories.find((c) => c.term?.id === g.id)?.look
              : undefined;
          const count = counts.typeGroups.get(g.id) ?? 0;
          return option('typeGroups', g, count, look && <ActorSwatch look={look} />);
        }),
      )}
    </div>
  );
}
