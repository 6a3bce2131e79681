import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ChecklistOption {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

export interface ChecklistGroup {
  readonly id: string;
  readonly label: string;
  /** A letter and colour that mark the group elsewhere (motive dimensions on the map). */
  readonly marker?: { readonly text: string; readonly colour: string };
  readonly options: readonly ChecklistOption[];
}

interface Props {
  readonly title: string;
  readonly groups: readonly ChecklistGroup[];
  readonly value: readonly string[];
  readonly saveLabel: string;
  readonly cancelLabel: string;
  readonly onCommit: (ids: string[]) => void;
  readonly onCancel: () => void;
}

/**
 * A multi-select cell (motives, resources) edited in a modal dialog of grouped checkboxes. Space
 * ticks, arrows move, Enter saves all ticks as one change, Escape cancels. Values the codebook
 * lacks are kept as they are.
 */
export function ChecklistDialog({ title, groups, value, onCommit, onCancel, ...labels }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState(() => new Set(value));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    dialog?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }, []);

  const save = () => {
    const known = groups.flatMap((g) => g.options.map((o) => o.id));
    const unknown = value.filter((id) => !known.includes(id));
    onCommit([...known.filter((id) => chosen.has(id)), ...unknown]);
  };

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      save();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const boxes = [
        ...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
      ];
      const at = boxes.indexOf(target as HTMLInputElement);
      if (at < 0) return;
      e.preventDefault();
      boxes[
        Math.min(Math.max(at + (e.key === 'ArrowDown' ? 1 : -1), 0), boxes.length - 1)
      ]?.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="tv-checklist-dialog"
      aria-label={title}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 className="tv-checklist-title">{title}</h2>
      <div className="tv-checklist-groups">
        {groups.map((group) => (
          <fieldset key={group.id} className="tv-checklist-group">
            <legend>
              {group.marker && (
                <span
                  className="tv-dimension-marker"
                  style={{ background: group.marker.colour }}
                  aria-hidden="true"
                >
                  {group.marker.text}
                </span>
              )}
              {group.label}
            </legend>
            {group.options.map((option) => (
              <label key={option.id} className="tv-checklist-option">
                <input
                  type="checkbox"
                  checked={chosen.has(option.id)}
                  onChange={() => toggle(option.id)}
                />
                <span className="tv-checklist-text">
                  <span>{option.label}</span>
                  {option.description && <small>{option.description}</small>}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {labels.cancelLabel}
        </button>
        <button type="button" className="primary" onClick={save}>
          {labels.saveLabel}
        </button>
      </div>
    </dialog>
  );
}
