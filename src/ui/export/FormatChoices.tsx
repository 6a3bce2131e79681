import { useId } from 'react';

interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly hint: string;
}

interface Props<V extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  /** Each radio gets data-testid `${testIdPrefix}-${value}`. */
  readonly testIdPrefix: string;
}

/** The export sections' choice of file format: radios with a name and a one-line hint each. */
export function FormatChoices<V extends string>(props: Props<V>) {
  const id = useId();
  return (
    <fieldset className="export-group">
      <legend>{props.legend}</legend>
      {props.choices.map(({ value, label, hint }) => (
        <label key={value} className="export-choice export-format">
          <input
            type="radio"
            name={`${id}-format`}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
            aria-describedby={`${id}-hint-${value}`}
            data-testid={`${props.testIdPrefix}-${value}`}
          />
          <span>
            <strong>{label}</strong>
            <span id={`${id}-hint-${value}`} className="export-hint">
              {hint}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
