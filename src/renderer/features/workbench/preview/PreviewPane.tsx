import { useEffect, useMemo, useRef, useState } from 'react';
import type { Reference } from '../../../../shared/models';
import type { Language } from '../../../../shared/languages';
import type { monaco } from '../editor/monaco';
import { previewHtml } from './preview-html';
import { useScrollSync } from './use-scroll-sync';
import './preview.css';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { useT } from '../../../i18n/I18nProvider';

interface PreviewPaneProps {
  /** False while no section is open. */
  open: boolean;
  /** The project's language: the preview shows the report as it is published, labels included. */
  language: Language;
  heading: string;
  body: string;
  references: readonly Reference[];
  editor: monaco.editor.IStandaloneCodeEditor | null;
}

/** The rendered body and reference list, sanitised, scrolled in step with the editor. */
export function PreviewPane({ open, language, heading, body, references, editor }: PreviewPaneProps) {
  const { t } = useT();
  const scrollRef = useRef<HTMLDivElement>(null);

  // Rendering waits for a pause in typing; markers must not wait for the preview.
  const debouncedBody = useDebounced(body, 120);
  const html = useMemo(() => previewHtml(debouncedBody, references, language), [debouncedBody, references, language]);

  useScrollSync(editor, scrollRef, html);

  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a) return;
    e.preventDefault();
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const target = scrollRef.current?.querySelector<HTMLElement>(`[id="${CSS.escape(href.slice(1))}"]`);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        target.classList.add('flash');
        window.setTimeout(() => target.classList.remove('flash'), 1200);
      }
    } else if (/^(https?:|mailto:)/i.test(href)) {
      // The Electron main process turns window.open into shell.openExternal; a browser opens a tab.
      window.open(href, '_blank', 'noopener,noreferrer');
    }
  };

  return (
    <section className="preview-pane" aria-label={t('workbench.preview.title')}>
      <div className="pane-title">{t('workbench.preview.title')}</div>
      {/* Clicks of the links inside, handled in one place; links answer Enter themselves. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div ref={scrollRef} className="preview-scroll" data-testid="preview" lang={CONTENT_LANG} onClick={onClick} tabIndex={-1} data-focus-start>
        {open ? (
          <>
            <h2 className="preview-heading">{heading}</h2>
            <div className="preview-body" dangerouslySetInnerHTML={{ __html: html }} />
          </>
        ) : (
          <p className="panel-empty">{t('workbench.preview.none')}</p>
        )}
      </div>
    </section>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return v;
}
