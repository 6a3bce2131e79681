import { useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { filterOptions, orderByGroup, type ComboGroup, type ComboOption } from './filterOptions';
import './combobox.css';

export interface ComboboxProps {
  /** Accessible name; shown as a visible label unless hideLabel. */
  readonly label: string;
  readonly hideLabel?: boolean;
  readonly options: readonly ComboOption[];
  readonly groups?: readonly ComboGroup[];
  readonly value: string | null;
  /** Called when the user picks an option (or the "none" option: null). */
  readonly onChange: (id: string | null) => void;
  /** Shown when nothing matches the typed text. */
  readonly emptyText: string;
  /** When set, a first option with this label picks null. */
  readonly noneLabel?: string;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  /** Show the list from the start (e.g. a quick-entry step where picking is the next move). */
  readonly defaultOpen?: boolean;
  /** Escape while the list is closed (e.g. to leave a quick-entry flow). */
  readonly onEscape?: () => void;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly testId?: string;
}

const NONE = '\u0000none';

/**
 * An editable combobox with a grouped listbox popup (WAI-ARIA 1.2 combobox pattern): type to
 * filter, arrows to move, Enter to pick, Escape to close. Focus stays in the input throughout.
 */
export function Combobox(props: ComboboxProps) {
  const { options, groups = [], value, onChange } = props;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const selected = options.find((o) => o.id === value);
  const [query, setQuery] = useState<string | null>(null); // null = not editing
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  // A list open from the start highlights the current value, so that Enter keeps it.
  const [active, setActive] = useState(() => {
    if (!props.defaultOpen || value === null) return 0;
    const index = orderByGroup(options, groups)
      .flatMap((s) => s.options)
      .findIndex((o) => o.id === value);
    return index < 0 ? 0 : index + (props.noneLabel ? 1 : 0);
  });
  const localRef = useRef<HTMLInputElement | null>(null);

  const sections = useMemo(() => {
    const filtered = orderByGroup(filterOptions(options, query ?? '', groups), groups);
    if (props.noneLabel && !query) {
      return [{ group: null, options: [{ id: NONE, label: props.noneLabel }] }, ...filtered];
    }
    return filtered;
  }, [options, groups, query, props.noneLabel]);
  const flat = sections.flatMap((s) => s.options);
  const activeOption = open ? flat[Math.min(active, flat.length - 1)] : undefined;
  const optionId = (index: number) => `${baseId}-opt-${index}`;
  const activeIndex = activeOption ? flat.indexOf(activeOption) : -1;

  // Long lists (35 actor types) scroll to keep the highlighted option in sight.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${baseId}-opt-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, baseId]);

  const pick = (option: ComboOption | undefined) => {
    if (!option) return;
    onChange(option.id === NONE ? null : option.id);
    setQuery(null);
    setOpen(false);
  };
  const close = () => {
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const last = flat.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, last));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : last);
        }
        break;
      case 'Enter':
        if (open && activeOption) {
          e.preventDefault();
          pick(activeOption);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          e.stopPropagation();
          close();
        } else if (props.onEscape) {
          e.preventDefault();
          props.onEscape();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  let index = -1;
  return (
    <div className="combobox">
      <label
        htmlFor={`${baseId}-input`}
        className={props.hideLabel ? 'visually-hidden' : undefined}
      >
        {props.label}
      </label>
      <input
        id={`${baseId}-input`}
        ref={(el) => {
          localRef.current = el;
          const ref = props.inputRef;
          if (typeof ref === 'function') ref(el);
          else if (ref) (ref as React.RefObject<HTMLInputElement | null>).current = el;
        }}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(flat.indexOf(activeOption)) : undefined}
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        data-testid={props.testId}
        value={query ?? selected?.label ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        // Typing replaces the current value instead of appending to its label.
        onFocus={(e) => e.currentTarget.select()}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={props.label}
        hidden={!open}
        className="combobox-list"
      >
        {flat.length === 0 && <li className="combobox-empty">{props.emptyText}</li>}
        {sections.map((section, s) => {
          const items = section.options.map((option) => {
            index += 1;
            const i = index;
            return (
              <li
                key={option.id}
                id={optionId(i)}
                role="option"
                aria-selected={option === activeOption}
                className={option.id === value ? 'combobox-option current' : 'combobox-option'}
                onMouseDown={(e) => e.preventDefault()} // keep focus in the input
                onClick={() => pick(option)}
                onMouseMove={() => setActive(i)}
              >
                <span>{option.label}</span>
                {option.hint && <span className="combobox-hint">{option.hint}</span>}
              </li>
            );
          });
          if (!section.group) return items;
          const headingId = `${baseId}-group-${s}`;
          return (
            <li key={section.group.id} role="presentation">
              <div id={headingId} className="combobox-group" role="presentation">
                {section.group.label}
              </div>
              <ul role="group" aria-labelledby={headingId}>
                {items}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
