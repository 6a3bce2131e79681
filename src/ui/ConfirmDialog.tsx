import { useModalDialog } from './common/useModalDialog';

interface Props {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A modal confirmation on the native <dialog> (focus trap and Escape come with it). */
export function ConfirmDialog(props: Props) {
  const modal = useModalDialog(props.onCancel);
  return (
    <dialog {...modal} className="confirm-dialog" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{props.title}</h2>
      <p>{props.body}</p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          {props.cancelLabel}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
