// An error as its reader's language words it: from the catalogue when the backend sent a
// key and values (AppError.text), else the backend's own (English) message.
import type { AppError } from '../../shared/models';
import { isMessageKey } from './catalogues';
import type { Translator } from './translator';

export function errorText(tr: Translator, error: Pick<AppError, 'message' | 'text'>): string {
  const text = error.text;
  return text && isMessageKey(text.key) ? tr.t(text.key, text.values) : error.message;
}
