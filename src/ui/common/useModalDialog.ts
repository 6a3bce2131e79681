import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * A native modal <dialog> (focus trap, inert page and Escape come with it), shown when it
 * mounts. Escape calls `onClose` instead of closing the element behind React's back.
 * Spread the result on the <dialog>: `<dialog {...useModalDialog(onClose)}>`.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onClose();
  };
  return { ref, onCancel };
}
