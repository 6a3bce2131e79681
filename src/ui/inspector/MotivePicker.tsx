import { useId, useState } from 'react';
import { motivesByDimension, termLabel, type Codebook, type Term } from '../../codebook';
import { useI18n } from '../i18nContext';

interface Props {
  readonly codebook: Codebook;
  readonly value: readonly string[];
  readonly onChange: (motives: readonly string[]) => void;
}

/**
 * The motives of a tie, grouped by dimension (task / relation / growth): short labels to tick,
 * the full wording on hover and, for keyboard and touch, behind a "full wording" toggle per group.
 */
export function MotivePicker({ codebook, value, onChange }: Props) {
  const { t, locale } = useI18n();
  const groups = motivesByDimension(codebook);
  const order = codebook.motives.map((m) => m.id);
  const known = new Set(order);
  // Motive ids the codebook lacks are kept (and shown) rather than silently dropped.
  const unknown = value.filter((id) => !known.has(id));
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(id);
    else chosen.delete(id);
    onChange([...order, ...unknown].filter((m) => chosen.has(m)));
  };
  return (
    <div className="motive-picker" data-testid="motive-picker">
      {groups.map(({ group, terms }) => (
        <MotiveGroup
          key={group.id}
          id={group.id}
          title={termLabel(group, locale)}
          description={group.description && (group.description[locale] || group.description.en)}
          terms={terms}
          value={value}
          onToggle={toggle}
        />
      ))}
      {unknown.length > 0 && (
        <MotiveGroup
          id="unknown"
          title={t('inspector.notInCodebook')}
          terms={unknown.map((id) => ({ id, label: { en: id, nl: id } }))}
          value={value}
          onToggle={toggle}
        />
      )}
    </div>
  );
}

function MotiveGroup(props: {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly terms: readonly Term[];
  readonly value: readonly string[];
  readonly onToggle: (id: string, on: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const [wording, setWording] = useState(false);
  const baseId = useId();
  const { terms, title } = props;
  const chosen = terms.filter((m) => props.value.includes(m.id)).length;
  const hasWording = terms.some((m) => m.description);
  return (
    <fieldset
      className={`choice-group motive-group motive-${props.id}`}
      data-testid={`motives-${props.id}`}
    >
      <legend>
        {title}
        {chosen > 0 && (
          <span className="section-note">{t('inspector.chosenCount', { count: chosen })}</span>
        )}
      </legend>
      {hasWording && (
        <button
          type="button"
          className="wording-toggle"
          aria-expanded={wording}
          aria-controls={`${baseId}-list`}
          onClick={() => setWording((w) => !w)}
        >
          {t(wording ? 'inspector.hideWording' : 'inspector.showWording')}
        </button>
      )}
      {wording && props.description && <p className="group-help">{props.description}</p>}
      <div id={`${baseId}-list`}>
        {terms.map((motive) => {
          const description = motive.description
            ? motive.description[locale] || motive.description.en
            : undefined;
          const helpId = `${baseId}-${motive.id}`;
          return (
            <label key={motive.id} className="choice" title={description}>
              <input
                type="checkbox"
                checked={props.value.includes(motive.id)}
                onChange={(e) => props.onToggle(motive.id, e.target.checked)}
                aria-labelledby={`${helpId}-name`}
                aria-describedby={wording && description ? helpId : undefined}
              />
              <span className="choice-text">
                <span id={`${helpId}-name`}>{termLabel(motive, locale)}</span>
                {wording && description && (
                  <small id={helpId} className="choice-help">
                    {description}
                  </small>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
