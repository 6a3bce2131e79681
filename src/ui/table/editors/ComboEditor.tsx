import { useRef } from 'react';
import { Combobox, type ComboboxProps } from '../../common/Combobox';

type Props = Pick<
  ComboboxProps,
  'label' | 'options' | 'groups' | 'value' | 'emptyText' | 'noneLabel'
> & {
  readonly onCommit: (id: string | null) => void;
  /** Left without a pick: by Enter or Escape ('key'), or by moving focus elsewhere ('blur'). */
  readonly onCancel: (how: 'key' | 'blur') => void;
};

/**
 * A cell edited with the shared combobox, its list open at once: type to filter, Enter picks,
 * Enter on the closed list, Escape or leaving the cell keeps the old value.
 */
export function ComboEditor({ onCommit, onCancel, ...combo }: Props) {
  const finished = useRef(false);
  const finish = (how: 'pick' | 'key' | 'blur', id: string | null = null) => {
    if (finished.current) return;
    finished.current = true;
    if (how === 'pick') onCommit(id);
    else onCancel(how);
  };
  return (
    <div
      className="tv-cell-combo"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.defaultPrevented) {
          e.preventDefault();
          finish('key');
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) finish('blur');
      }}
    >
      <Combobox
        {...combo}
        hideLabel
        autoFocus
        defaultOpen
        onChange={(id) => finish('pick', id)}
        onEscape={() => finish('key')}
      />
    </div>
  );
}
