import { useId, useState, type ReactNode } from 'react';

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
  /** Help shown under the option (and read with it by screen readers). */
  readonly description?: string;
  /** Shown on hover only. */
  readonly title?: string;
}

/** A collapsible part of a long form; `note` (e.g. "2 chosen") stays visible when closed. */
export function Section(props: {
  readonly title: string;
  readonly note?: string;
  readonly defaultOpen?: boolean;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <details className="inspector-section" open={props.defaultOpen} data-testid={props.testId}>
      <summary>
        <span className="section-title">{props.title}</span>
        {props.note && <span className="section-note">{props.note}</span>}
      </summary>
      <div className="section-body">{props.children}</div>
    </details>
  );
}

/**
 * A text field that changes the map only when the user is done: on blur or Enter (one undo
 * step, not one per keystroke). Escape drops the edit. Shows the stored value when not editing,
 * so undo and redo show through at once.
 */
export function CommitText(props: {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (next: string) => void;
  readonly multiline?: boolean;
  /** false: an empty text is refused and the old value comes back (e.g. an actor's name). */
  readonly allowEmpty?: boolean;
  readonly placeholder?: string;
  readonly testId?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const next = props.multiline ? draft : draft.trim();
    if (next === props.value || (props.allowEmpty === false && next.trim() === '')) return;
    props.onCommit(next);
  };
  const shared = {
    id,
    value: draft ?? props.value,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape' && draft !== null) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
      } else if (e.key === 'Enter' && !props.multiline) {
        e.preventDefault();
        commit();
      }
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />}
    </div>
  );
}

// With help text inside the <label>, the input is named by its label text alone
// (aria-labelledby) and described by the help, so screen readers do not read the help twice.

/** One choice out of several, plus "not set" (stored as null). */
export function RadioChoice(props: {
  readonly legend: string;
  readonly options: readonly ChoiceOption[];
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  readonly noneLabel: string;
  readonly hideLegend?: boolean;
  readonly testId?: string;
}) {
  const name = useId();
  const all: readonly (ChoiceOption | null)[] = [...props.options, null];
  // A stored value the codebook lacks stays visible and checked.
  const unknown: ChoiceOption[] =
    props.value !== null && !props.options.some((o) => o.id === props.value)
      ? [{ id: props.value, label: props.value }]
      : [];
  return (
    <fieldset className="choice-group" data-testid={props.testId}>
      <legend className={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {[...unknown, ...all].map((option) => {
        const id = option?.id ?? null;
        const helpId = option?.description ? `${name}-${option.id}-help` : undefined;
        return (
          <label
            key={id ?? '\u0000none'}
            className={`choice${id === null ? ' choice-none' : ''}`}
            title={option?.title}
          >
            <input
              type="radio"
              name={name}
              checked={props.value === id}
              onChange={() => props.onChange(id)}
              aria-labelledby={helpId && `${helpId}-name`}
              aria-describedby={helpId}
            />
            <span className="choice-text">
              <span id={helpId && `${helpId}-name`}>{option?.label ?? props.noneLabel}</span>
              {helpId && (
                <small id={helpId} className="choice-help">
                  {option?.description}
                </small>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** Any number of choices; the result keeps the options' order. */
export function CheckboxChoice(props: {
  readonly legend: string;
  readonly options: readonly ChoiceOption[];
  readonly values: readonly string[];
  readonly onChange: (values: readonly string[]) => void;
  readonly hideLegend?: boolean;
  readonly testId?: string;
}) {
  const name = useId();
  const known = new Set(props.options.map((o) => o.id));
  const extra = props.values.filter((v) => !known.has(v)).map((v) => ({ id: v, label: v }));
  const options: readonly ChoiceOption[] = [...props.options, ...extra];
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(props.values);
    if (on) chosen.add(id);
    else chosen.delete(id);
    props.onChange(options.map((o) => o.id).filter((o) => chosen.has(o)));
  };
  return (
    <fieldset className="choice-group" data-testid={props.testId}>
      <legend className={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {options.map((option) => {
        const helpId = option.description ? `${name}-${option.id}-help` : undefined;
        return (
          <label key={option.id} className="choice" title={option.title}>
            <input
              type="checkbox"
              checked={props.values.includes(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
              aria-labelledby={helpId && `${helpId}-name`}
              aria-describedby={helpId}
            />
            <span className="choice-text">
              <span id={helpId && `${helpId}-name`}>{option.label}</span>
              {helpId && (
                <small id={helpId} className="choice-help">
                  {option.description}
                </small>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
