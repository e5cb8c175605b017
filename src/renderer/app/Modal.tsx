import { useId, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import './modal.css';

interface ModalProps {
  title: string;
  onCancel(): void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** Extra class on the dialog (the command palette sits higher and has no title bar). */
  className?: string;
  /** Hides the title visually; it still names the dialog. */
  hideTitle?: boolean;
}

/**
 * A modal dialog on the platform's own `<dialog>`: `showModal()` makes the rest of the page
 * inert (focus cannot leave, screen readers see only the dialog) and Escape asks to cancel.
 * Focus starts on `[data-autofocus]` or the first field and goes back to the opener on close.
 */
export function Modal({ title, onCancel, children, testId, wide, className, hideTitle }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closing = useRef(false);

  // Layout effect: its cleanup runs before React removes the element, so `close()` still
  // happens on a connected dialog and the browser hands focus back as it should.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button:not([disabled])');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
    return () => {
      const focusInside = dialog.contains(document.activeElement) || document.activeElement === document.body;
      closing.current = true;
      if (dialog.open) dialog.close();
      if (focusInside && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    // A native modal dialog: its cancel/close events and a press on its backdrop are dialog behaviour, not a widget's.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className={['modal', wide && 'modal-wide', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid={testId ?? 'modal'}
      // Escape: the app decides whether to close (the dialog stays open until it is unmounted).
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      // A browser may close without a cancelable `cancel` (a second Escape in a row): follow it.
      onClose={() => {
        if (!closing.current) onCancel();
      }}
      // A press on the backdrop lands on the dialog itself; its content sits in `.modal-body`.
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCancel();
      }}
    >
      <div className="modal-body">
        <h2 id={titleId} className={hideTitle ? 'modal-title visually-hidden' : 'modal-title'}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
