import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  readonly label: string;
  readonly initial: string;
  /** The character that started editing: it replaces the text. */
  readonly typed: string | null;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  /** `how`: by Enter, or by leaving the field. */
  readonly onCommit: (value: string, how: 'enter' | 'blur') => void;
  readonly onCancel: () => void;
}

/**
 * A text cell being edited: Enter commits (Shift+Enter is a new line in notes), Escape cancels,
 * leaving the cell commits, as in a spreadsheet.
 */
export function TextEditor({ label, initial, typed, multiline, placeholder, ...props }: Props) {
  const [value, setValue] = useState(typed ?? initial);
  const finished = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (typed === null) el.select();
    else el.setSelectionRange(el.value.length, el.value.length);
  }, [typed]);

  const finish = (how: 'enter' | 'blur' | 'cancel') => {
    if (finished.current) return;
    finished.current = true;
    if (how === 'cancel') props.onCancel();
    else props.onCommit(value, how);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
      finish('enter');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      finish('cancel');
    }
  };

  const shared = {
    ref,
    'aria-label': label,
    className: 'tv-cell-input',
    value,
    placeholder,
    onChange: (e: { target: { value: string } }) => setValue(e.target.value),
    onKeyDown,
    onBlur: () => finish('blur'),
  };
  return multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />;
}
