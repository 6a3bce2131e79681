import { useId } from 'react';
import { termLabel } from '../../codebook';
import {
  removeTies,
  swapTieEnds,
  updateTie,
  type ActorId,
  type PartnerMapDoc,
  type Tie,
  type TieInput,
} from '../../model';
import { patchView } from '../../store';
import { useEditor } from '../editorContext';
import { useI18n } from '../i18nContext';
import { AttributeFields } from './AttributeFields';
import { useEditNotice } from './editNotice';
import { CommitText, RadioChoice, Section } from './fields';
import { MotivePicker } from './MotivePicker';
import { QuotesEditor } from './QuotesEditor';

/** Everything about one tie: motives, frequency, direction, 5W1H, notes, quotes. */
export function TiePanel({ tie, map }: { readonly tie: Tie; readonly map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const { store, view } = useEditor();
  const { show } = useEditNotice();
  const directedId = useId();
  const cb = map.codebook;
  const update = (patch: TieInput) => store.apply(updateTie(tie.id, patch));
  const labelOf = (id: ActorId) => map.actors.find((a) => a.id === id)?.label ?? id;
  const source = labelOf(tie.source);
  const target = labelOf(tie.target);
  const selectActor = (id: ActorId) =>
    view.setState(patchView({ selection: { kind: 'actor', id } }));

  const remove = () => {
    store.apply(removeTies([tie.id]));
    show({
      tone: 'deleted',
      key: 'inspector.deletedTie',
      params: { source, target },
      after: store.current(),
      focusUndo: true,
      selectOnUndo: { kind: 'tie', id: tie.id },
    });
    view.setState(patchView({ selection: null }));
  };

  const setAttribute = (attribute: string, values: readonly string[]) => {
    const rest = Object.fromEntries(
      Object.entries(tie.attributes).filter(([k]) => k !== attribute),
    );
    update({ attributes: values.length ? { ...rest, [attribute]: values } : rest });
  };

  return (
    <div className="inspector-panel" data-testid="tie-panel">
      <div className="tie-ends">
        {[tie.source, tie.target].map((id, i) => (
          <button
            key={i}
            type="button"
            className="link-row"
            onClick={() => selectActor(id)}
            aria-label={t('inspector.openActor', { label: labelOf(id) })}
          >
            {tie.directed && (
              <span className="muted">{t(i === 0 ? 'inspector.from' : 'inspector.to')}</span>
            )}
            <span>{labelOf(id)}</span>
          </button>
        ))}
      </div>
      <div className="tie-direction">
        <label className="choice">
          <input
            type="checkbox"
            checked={tie.directed}
            onChange={(e) => update({ directed: e.target.checked })}
            aria-labelledby={`${directedId}-name`}
            aria-describedby={`${directedId}-help`}
            data-testid="tie-directed"
          />
          <span className="choice-text">
            <span id={`${directedId}-name`}>{t('inspector.directed')}</span>
            <small id={`${directedId}-help`} className="choice-help">
              {tie.directed
                ? t('inspector.directedHelp', { source, target })
                : t('inspector.undirectedHelp')}
            </small>
          </span>
        </label>
        {tie.directed && (
          <button
            type="button"
            onClick={() => store.apply(swapTieEnds(tie.id))}
            data-testid="swap-direction"
          >
            {t('inspector.swap')}
          </button>
        )}
      </div>

      <Section
        title={t('inspector.motives')}
        defaultOpen
        note={
          tie.motives.length ? t('inspector.chosenCount', { count: tie.motives.length }) : undefined
        }
        testId="tie-motives"
      >
        <MotivePicker
          codebook={cb}
          value={tie.motives}
          onChange={(motives) => update({ motives })}
        />
      </Section>

      <Section
        title={t('inspector.frequency')}
        defaultOpen
        note={
          tie.frequency
            ? termLabel(
                cb.frequencies.find((f) => f.id === tie.frequency),
                locale,
                tie.frequency,
              )
            : undefined
        }
        testId="tie-frequency-section"
      >
        <RadioChoice
          legend={t('inspector.frequency')}
          hideLegend
          options={[...cb.frequencies]
            .sort((a, b) => a.level - b.level)
            .map((f) => ({ id: f.id, label: termLabel(f, locale) }))}
          value={tie.frequency}
          onChange={(frequency) => update({ frequency })}
          noneLabel={t('inspector.notDiscussed')}
          testId="tie-frequency"
        />
      </Section>

      <AttributeFields
        codebook={cb}
        attributes={tie.attributes}
        onChange={setAttribute}
        extraFilled={{ when: tie.duration ? 1 : 0 }}
        extra={{
          when: (
            <CommitText
              label={t('inspector.duration')}
              value={tie.duration}
              placeholder={t('inspector.durationPlaceholder')}
              onCommit={(duration) => update({ duration })}
              testId="tie-duration"
            />
          ),
        }}
      />

      <Section
        title={t('inspector.notesAndQuotes')}
        defaultOpen={tie.quotes.length > 0 || tie.notes !== ''}
        note={
          tie.quotes.length ? t('inspector.quoteCount', { count: tie.quotes.length }) : undefined
        }
        testId="tie-notes"
      >
        <CommitText
          label={t('inspector.notes')}
          value={tie.notes}
          multiline
          onCommit={(notes) => update({ notes })}
          testId="tie-notes-text"
        />
        <QuotesEditor quotes={tie.quotes} onChange={(quotes) => update({ quotes })} />
      </Section>

      <div className="inspector-danger">
        <button type="button" className="danger" onClick={remove} data-testid="delete-tie">
          {t('inspector.deleteTie')}
        </button>
      </div>
    </div>
  );
}
