import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { errorText } from '../../core/i18n';
import { currentTranslator } from '../i18n/current';
import type { ReactNode } from 'react';
import type { AppError } from '../../shared/models';
import { useT } from '../i18n/I18nProvider';
import './toasts.css';

export type ToastKind = 'error' | 'info' | 'success';

interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

interface ToastApi {
  show(kind: ToastKind, message: string): void;
  /** Shows an error that came back from the backend as data. */
  error(error: AppError | string, context?: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}

const LIFETIME_MS: Record<ToastKind, number> = { error: 12_000, info: 6_000, success: 6_000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t: tr } = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);

  const show = useCallback(
    (kind: ToastKind, message: string) => {
      const id = nextId.current++;
      // The same message twice in a row (e.g. a failing autosave retry) is shown once.
      setToasts((ts) => [...ts.filter((t) => t.message !== message), { id, kind, message }].slice(-5));
      window.setTimeout(() => dismiss(id), LIFETIME_MS[kind]);
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(
    () => ({
      show,
      error: (error, context) => {
        const message = typeof error === 'string' ? error : errorText(currentTranslator(), error);
        show('error', context ? tr('shell.toast.withContext', { context, message }) : message);
      },
    }),
    [show, tr],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} data-testid={`toast-${t.kind}`}>
            <span className="toast-message">{t.message}</span>
            <button type="button" className="toast-close" aria-label={tr('shell.dismiss')} onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
