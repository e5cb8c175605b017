// Sends picked files to the browser host, one batch for one import (a folder of reports
// arrives as one folder), and answers the paths the import call takes: one for each file
// or folder the person picked.
import type { ApiClient, UploadKind } from '../../../shared/api';
import type { AppError } from '../../../shared/models';
import type { PickedFile } from './picked-files';
import { currentTranslator } from '../../i18n/current';

export type UploadOutcome = { ok: true; paths: string[] } | { ok: false; error: AppError };

export async function uploadPicked(
  client: ApiClient,
  kind: UploadKind,
  files: readonly PickedFile[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  if (!client.upload) return { ok: false, error: { code: 'bad-request', message: currentTranslator().t('transfer.unavailable') } };
  let batch: string | undefined;
  const paths = new Set<string>();
  onProgress(0, files.length);
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) return { ok: false, error: { code: 'cancelled', message: currentTranslator().t('transfer.stopped') } };
    const { file, path } = files[i];
    const res = await client.upload(file, { kind, path, ...(batch ? { batch } : {}) });
    if (!res.ok) return { ok: false, error: { ...res.error, message: `${path}: ${res.error.message}` } };
    batch = res.value.batch;
    paths.add(res.value.path);
    onProgress(i + 1, files.length);
  }
  return { ok: true, paths: [...paths] };
}
