import { useId, useRef, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import type { UploadKind } from '../../../shared/api';
import { getClient } from '../../api';
import { useT } from '../../i18n/I18nProvider';
import { filesFromDrop, filesFromInput, reportFilesOnly } from './picked-files';
import type { PickedFile } from './picked-files';
import { uploadPicked } from './upload-picked';
import './transfer.css';

export interface UploadPanelProps {
  kind: UploadKind;
  /** Offer "Choose a folder…" and take dropped folders (reports). */
  folders?: boolean;
  multiple?: boolean;
  /** For the file picker, e.g. `.jsonl,.csv`. */
  accept: string;
  /** The paths the call that follows takes (see uploadPicked). */
  onUploaded(paths: string[], files: PickedFile[]): void;
  testId?: string;
}

/**
 * Where the person hands files to the browser host: a drop area and the browser's own
 * file (and folder) picker. What they choose is streamed to the host at once, with
 * progress; a refusal is shown here, and they can choose again.
 */
export function UploadPanel({ kind, folders = false, multiple = false, accept, onUploaded, testId = 'upload-panel' }: UploadPanelProps) {
  const { t } = useT();
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const busy = progress !== null;

  const send = async (picked: PickedFile[]) => {
    const usable = kind === 'reports' ? reportFilesOnly(picked) : picked.slice(0, multiple ? undefined : 1);
    if (usable.length === 0) return setError(t('transfer.nothingUsable', { accept }));
    setError(null);
    setProgress({ done: 0, total: usable.length });
    const outcome = await uploadPicked(getClient(), kind, usable, (done, total) => setProgress({ done, total }));
    setProgress(null);
    if (!outcome.ok) return setError(t('transfer.failed', { message: errorText(currentTranslator(), outcome.error) }));
    onUploaded(outcome.paths, usable);
  };

  const chosen = (input: HTMLInputElement | null) => {
    if (!input?.files || input.files.length === 0) return;
    const picked = filesFromInput(input.files);
    input.value = '';
    void send(picked);
  };

  return (
    <div className="upload-panel" data-testid={testId}>
      {/* A drop target for a pointer; the buttons inside it do the same from the keyboard. */}
      <div
        className={over ? 'upload-drop upload-drop-over' : 'upload-drop'}
        data-testid={`${testId}-drop`}
        onDragOver={(e) => {
          if (busy) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!busy) void filesFromDrop(e.dataTransfer).then(send);
        }}
      >
        <p className="upload-drop-text" id={hintId}>
          {t('transfer.drop', { kind: folders ? 'folder' : 'file' })}
        </p>
        <div className="upload-buttons">
          <span className="upload-or">{t('transfer.or')}</span>
          <button type="button" className="btn" disabled={busy} onClick={() => files.current?.click()} data-testid={`${testId}-files`} aria-describedby={hintId}>
            {t('transfer.chooseFiles', { multiple: multiple ? 'yes' : 'no' })}
          </button>
          {folders && (
            <button type="button" className="btn" disabled={busy} onClick={() => folder.current?.click()} data-testid={`${testId}-folder`}>
              {t('transfer.chooseFolder')}
            </button>
          )}
        </div>
        <input ref={files} type="file" hidden accept={accept} multiple={multiple} onChange={(e) => chosen(e.currentTarget)} data-testid={`${testId}-input`} />
        {folders && (
          <input
            ref={folder}
            type="file"
            hidden
            multiple
            // Non-standard but in every browser the workbench supports: the picker chooses a folder, and each file knows its place in it.
            {...{ webkitdirectory: '' }}
            onChange={(e) => chosen(e.currentTarget)}
            data-testid={`${testId}-folder-input`}
          />
        )}
      </div>
      {progress && (
        <div className="upload-progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label={t('transfer.uploading', progress)} />
          <span>{t('transfer.uploading', progress)}</span>
        </div>
      )}
      {error && (
        <p className="upload-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
