import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Modal } from './Modal';
import { recall, remember } from '../lib/remembered';

export interface PathRequest {
  title: string;
  label: string;
  /** Remembers the last value under this key and offers it next time. */
  rememberKey: string;
  hint?: string;
  okLabel?: string;
  /** Lets the user give several paths, one a line. */
  multiple?: boolean;
}

export interface Choice {
  id: string;
  label: string;
  primary?: boolean;
  danger?: boolean;
}

export interface ChoiceRequest {
  title: string;
  message: ReactNode;
  choices: Choice[];
  /** Label of the dismiss button; null hides it (a message with a single OK). */
  cancelLabel?: string | null;
  wide?: boolean;
}

export interface NewProjectRequest {
  path: string;
  name: string;
  government: string;
  termStart: string;
  termEnd: string;
}

interface Dialogs {
  /** Resolves to the path(s) typed, or null when cancelled. */
  askPath(req: PathRequest): Promise<string[] | null>;
  /** Resolves to the chosen id, or null when cancelled. */
  askChoice(req: ChoiceRequest): Promise<string | null>;
  askNewProject(initialPath?: string, opts?: NewProjectOptions): Promise<NewProjectRequest | null>;
  /** A dialog of the caller's own (an upload, a list to choose from): it calls `done` with its answer, null to cancel. */
  askWith<T>(render: (done: (value: T | null) => void) => ReactNode): Promise<T | null>;
}

export interface NewProjectOptions {
  /**
   * Ask for a file name only (the browser host keeps projects in its workspace): the
   * answer's path is `projects/<name>.pwb`.
   */
  inWorkspace?: boolean;
}

type Open =
  | { kind: 'path'; req: PathRequest; resolve(v: string[] | null): void }
  | { kind: 'choice'; req: ChoiceRequest; resolve(v: string | null): void }
  | { kind: 'new-project'; initialPath?: string; opts?: NewProjectOptions; resolve(v: NewProjectRequest | null): void }
  | { kind: 'custom'; render(done: (value: unknown) => void): ReactNode; resolve(v: unknown): void };

const DialogContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const d = useContext(DialogContext);
  if (!d) throw new Error('useDialogs outside DialogProvider');
  return d;
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [open, setOpen] = useState<Open | null>(null);

  const close = useCallback(() => setOpen(null), []);

  const dialogs = useMemo<Dialogs>(
    () => ({
      askPath: (req) => new Promise((resolve) => setOpen({ kind: 'path', req, resolve })),
      askChoice: (req) => new Promise((resolve) => setOpen({ kind: 'choice', req, resolve })),
      askNewProject: (initialPath, opts) => new Promise((resolve) => setOpen({ kind: 'new-project', initialPath, opts, resolve })),
      askWith: <T,>(render: (done: (value: T | null) => void) => ReactNode) =>
        new Promise<T | null>((resolve) => setOpen({ kind: 'custom', render: render as (done: (value: unknown) => void) => ReactNode, resolve: resolve as (v: unknown) => void })),
    }),
    [],
  );

  let modal: ReactNode = null;
  if (open?.kind === 'path') {
    modal = (
      <PathDialog
        req={open.req}
        onDone={(v) => {
          close();
          open.resolve(v);
        }}
      />
    );
  } else if (open?.kind === 'choice') {
    const cancel = () => {
      close();
      open.resolve(null);
    };
    modal = (
      <Modal title={open.req.title} onCancel={cancel} testId="choice-modal" wide={open.req.wide}>
        <div className="modal-message">{open.req.message}</div>
        <div className="modal-actions">
          {open.req.choices.map((c) => (
            <button
              key={c.id}
              type="button"
              className={c.danger ? 'btn btn-danger' : c.primary ? 'btn btn-primary' : 'btn'}
              data-testid={`choice-${c.id}`}
              data-autofocus={c.primary ? '' : undefined}
              onClick={() => {
                close();
                open.resolve(c.id);
              }}
            >
              {c.label}
            </button>
          ))}
          {open.req.cancelLabel !== null && (
            <button type="button" className="btn" data-testid="choice-cancel" onClick={cancel}>
              {open.req.cancelLabel ?? t('shell.dialog.cancel')}
            </button>
          )}
        </div>
      </Modal>
    );
  } else if (open?.kind === 'new-project') {
    modal = (
      <NewProjectDialog
        initialPath={open.initialPath}
        inWorkspace={open.opts?.inWorkspace === true}
        onDone={(v) => {
          close();
          open.resolve(v);
        }}
      />
    );
  } else if (open?.kind === 'custom') {
    modal = open.render((v) => {
      close();
      open.resolve(v);
    });
  }

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {modal}
    </DialogContext.Provider>
  );
}

function PathDialog({ req, onDone }: { req: PathRequest; onDone(v: string[] | null): void }) {
  const { t } = useT();
  const [value, setValue] = useState(() => recall(`path.${req.rememberKey}`));
  const paths = (req.multiple ? value.split('\n') : [value]).map((p) => p.trim()).filter(Boolean);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (paths.length === 0) return;
    remember(`path.${req.rememberKey}`, value.trim());
    onDone(paths);
  };
  return (
    <Modal title={req.title} onCancel={() => onDone(null)} testId="path-modal">
      <form onSubmit={submit} className="modal-form">
        <label className="field">
          <span className="field-label">{req.label}</span>
          {req.multiple ? (
            <textarea
              data-testid="path-input"
              value={value}
              rows={3}
              spellCheck={false}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
              }}
            />
          ) : (
            <input data-testid="path-input" value={value} spellCheck={false} onChange={(e) => setValue(e.target.value)} />
          )}
        </label>
        {req.hint && <p className="field-hint">{req.hint}</p>}
        <div className="modal-actions">
          <button type="submit" className="btn btn-primary" data-testid="path-ok" disabled={paths.length === 0}>
            {req.okLabel ?? t('shell.dialog.ok')}
          </button>
          <button type="button" className="btn" data-testid="path-cancel" onClick={() => onDone(null)}>
            {t('shell.dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function NewProjectDialog({ initialPath, inWorkspace, onDone }: { initialPath?: string; inWorkspace: boolean; onDone(v: NewProjectRequest | null): void }) {
  const { t } = useT();
  const [v, setV] = useState<NewProjectRequest>(() => ({
    path: initialPath ?? (inWorkspace ? '' : recall('path.new-project')),
    name: '',
    government: '',
    termStart: '',
    termEnd: '',
  }));
  const set = (k: keyof NewProjectRequest) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.target.value });
  const valid = v.path.trim() !== '' && v.name.trim() !== '';
  return (
    <Modal title={t('shell.newProject.title')} onCancel={() => onDone(null)} testId="new-project-modal">
      <form
        className="modal-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          if (inWorkspace) return onDone({ ...v, path: workspaceProjectPath(v.path), name: v.name.trim() });
          remember('path.new-project', v.path.trim());
          onDone({ ...v, path: v.path.trim(), name: v.name.trim() });
        }}
      >
        <label className="field">
          <span className="field-label">{inWorkspace ? t('shell.newProject.fileName') : t('shell.newProject.path')}</span>
          <input data-testid="new-project-path" value={v.path} onChange={set('path')} spellCheck={false} placeholder={inWorkspace ? t('shell.newProject.fileName.placeholder') : undefined} />
        </label>
        <label className="field">
          <span className="field-label">{t('shell.newProject.name')}</span>
          <input data-testid="new-project-name" value={v.name} onChange={set('name')} />
        </label>
        <label className="field">
          <span className="field-label">{t('shell.newProject.government')}</span>
          <input data-testid="new-project-government" value={v.government} onChange={set('government')} />
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('shell.newProject.termStart')}</span>
            <input type="date" data-testid="new-project-term-start" value={v.termStart} onChange={set('termStart')} />
          </label>
          <label className="field">
            <span className="field-label">{t('shell.newProject.termEnd')}</span>
            <input type="date" data-testid="new-project-term-end" value={v.termEnd} onChange={set('termEnd')} />
          </label>
        </div>
        <div className="modal-actions">
          <button type="submit" className="btn btn-primary" data-testid="new-project-ok" disabled={!valid}>
            {t('shell.newProject.create')}
          </button>
          <button type="button" className="btn" onClick={() => onDone(null)}>
            {t('shell.dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The browser host keeps projects in its workspace: a file name becomes `projects/<name>.pwb`. */
export function workspaceProjectPath(fileName: string): string {
  const name = fileName.trim().replace(/[/\\]/g, '-');
  return `projects/${name.toLowerCase().endsWith('.pwb') ? name : `${name}.pwb`}`;
}
