import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../shared/models';
import type { SaveState } from '../features/workbench/session/section-doc';
import { useT } from '../i18n/I18nProvider';
import { announce } from './announcer';

// Typing changes both of these many times a second; a screen reader hears the result
// once things settle, not every intermediate state.
const PROBLEMS_SETTLE_MS = 1500;
const SAVED_AT_MOST_EVERY_MS = 30_000;

/** Announces the problem counts of the open section when they change (and once on opening it). */
export function useProblemAnnouncements(sectionId: string | null, diagnostics: readonly Diagnostic[]): void {
  const { t } = useT();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!sectionId) return;
    const key = `${sectionId}:${errors}:${warnings}`;
    if (key === last.current) return;
    const timer = window.setTimeout(() => {
      last.current = key;
      announce(t('a11y.problems.summary', { errors, warnings }));
    }, PROBLEMS_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [sectionId, errors, warnings, t]);
}

/** Announces a failed or refused save at once, and "saved" now and then, never on every keystroke. */
export function useSaveAnnouncements(state: SaveState | null): void {
  const { t } = useT();
  const lastSaved = useRef(0);
  const previous = useRef<SaveState['kind'] | null>(null);
  const kind = state?.kind ?? null;
  const message = state && 'message' in state ? state.message : '';
  useEffect(() => {
    const before = previous.current;
    previous.current = kind;
    if (kind === 'error') announce(t('a11y.save.failed', { message }), 'assertive');
    else if (kind === 'conflict') announce(t('a11y.save.conflict', { message }), 'assertive');
    else if (kind === 'saved' && before !== null && before !== 'saved') {
      // After a failure, always; after ordinary typing, at most now and then.
      if (before === 'error' || before === 'conflict' || Date.now() - lastSaved.current > SAVED_AT_MOST_EVERY_MS) announce(t('a11y.save.saved'));
      lastSaved.current = Date.now();
    }
  }, [kind, message, t]);
}
