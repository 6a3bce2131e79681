import { useId } from 'react';
import { NOT_SET_KEY } from '../../canvas/encoding';
import { NO_MOTIVE_COLOUR } from '../../canvas/palette';
import { useI18n } from '../i18nContext';
import type { LegendModel } from './legendModel';
import { ActorSwatch, TieSwatch } from './Swatch';

interface Props {
  readonly model: LegendModel;
  readonly filtered: boolean;
}

/** The legend: every category, dimension, width and line style that is drawn on this map. */
export function LegendPanel({ model, filtered }: Props) {
  const { t } = useI18n();
  const id = useId();
  const count = (n: number) => (
    <span className="legend-count">{t('encoding.count', { count: n })}</span>
  );
  return (
    <div className="legend-panel" data-testid="legend">
      <section aria-labelledby={`${id}-actors`}>
        <h3 id={`${id}-actors`}>{model.actorsTitle}</h3>
        <ul data-testid="legend-actors">
          {model.actors.map((entry) => (
            <li key={entry.key} data-key={entry.key}>
              <ActorSwatch look={entry.look} dashed={entry.key === NOT_SET_KEY} />
              <span>{entry.label}</span> {count(entry.count)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-ties`}>
        <h3 id={`${id}-ties`}>{t('encoding.tiesTitle')}</h3>
        {model.ties.length === 0 ? (
          <p className="legend-note">{t('encoding.emptyTies')}</p>
        ) : (
          <>
            <ul data-testid="legend-ties">
              {model.ties.map((entry) => (
                <li key={entry.key} data-key={entry.key}>
                  <TieSwatch colours={entry.colours} marker={entry.marker} />
                  <span>{entry.label}</span> {count(entry.count)}
                </li>
              ))}
            </ul>
            <p className="legend-note">{t('encoding.lettersHint')}</p>
          </>
        )}
      </section>

      {model.widths.length > 0 && (
        <section aria-labelledby={`${id}-widths`}>
          <h3 id={`${id}-widths`}>{t('encoding.widthTitle')}</h3>
          <ul data-testid="legend-widths">
            {model.widths.map((entry) => (
              <li key={entry.level ?? 'none'} data-key={entry.level ?? 'none'}>
                <TieSwatch colours={[NO_MOTIVE_COLOUR]} width={entry.width} />
                <span>{entry.label}</span> {count(entry.count)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(model.informalCount > 0 || model.directedCount > 0 || filtered) && (
        <section aria-labelledby={`${id}-lines`}>
          <h3 id={`${id}-lines`}>{t('encoding.lineTitle')}</h3>
          <ul data-testid="legend-lines">
            {model.informalCount > 0 && (
              <li data-key="informal">
                <TieSwatch colours={['#4b5563']} dashed />
                <span>{t('encoding.informal')}</span> {count(model.informalCount)}
              </li>
            )}
            {model.directedCount > 0 && (
              <li data-key="directed">
                <TieSwatch colours={['#4b5563']} arrow />
                <span>{t('encoding.directed')}</span> {count(model.directedCount)}
              </li>
            )}
            {filtered && (
              <li data-key="faded" className="legend-faded">
                <TieSwatch colours={['#4b5563']} />
                <span>{t('encoding.faded')}</span>
              </li>
            )}
          </ul>
        </section>
      )}
      <p className="legend-note">{t('encoding.onlyPresent')}</p>
    </div>
  );
}
