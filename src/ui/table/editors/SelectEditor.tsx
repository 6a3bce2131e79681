import { useRef, useState, type KeyboardEvent } from 'react';

export interface SelectOption {
  readonly id: string;
  readonly label: string;
}

interface Props {
  readonly label: string;
  readonly value: string | null;
  readonly options: readonly SelectOption[];
  /** When set, a first option with this label means "no value". */
  readonly noneLabel?: string;
  readonly onCommit: (id: string | null) => void;
  readonly onCancel: () => void;
}

const NONE = '';

/**
 * A choice cell being edited with a native select. Arrow keys only move the choice; Enter or
 * leaving the cell commits it (one undo step), Escape cancels. A pick with the mouse commits at once.
 */
export function SelectEditor({ label, value, options, noneLabel, onCommit, onCancel }: Props) {
  const [choice, setChoice] = useState(value ?? NONE);
  const finished = useRef(false);
  const pointer = useRef(false);

  const finish = (commit: boolean, id = choice) => {
    if (finished.current) return;
    finished.current = true;
    if (commit) onCommit(id === NONE ? null : id);
    else onCancel();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      finish(e.key === 'Enter');
    }
  };

  return (
    <select
      aria-label={label}
      className="tv-cell-input"
      autoFocus
      value={choice}
      onPointerDown={() => (pointer.current = true)}
      onKeyDown={(e) => {
        pointer.current = false;
        onKeyDown(e);
      }}
      onChange={(e) => {
        setChoice(e.target.value);
        if (pointer.current) finish(true, e.target.value);
      }}
      onBlur={() => finish(true)}
    >
      {noneLabel !== undefined && <option value={NONE}>{noneLabel}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
      {value !== null && !options.some((o) => o.id === value) && (
        // A value the codebook lacks stays visible and selectable, never silently dropped.
        <option value={value}>{value}</option>
      )}
    </select>
  );
}
