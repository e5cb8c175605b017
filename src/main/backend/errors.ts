import { translator } from '../../core/i18n';
import type { MessageKey } from '../../core/i18n';
import type { AppError, ErrorCode } from '../../shared/models';

type TextValues = Record<string, string | number>;

/** Thrown inside the backend; turned into `{ code, message }` data at every boundary. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly text?: { key: MessageKey; values?: TextValues },
  ) {
    super(message);
    this.name = 'AppException';
  }

  /** An error worded from the catalogues: English in `message`, the key and values for readers of other languages. */
  static worded(code: ErrorCode, key: MessageKey, values?: TextValues, details?: Record<string, unknown>): AppException {
    return new AppException(code, translator('en').t(key, values), details, values ? { key, values } : { key });
  }

  toError(): AppError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}), ...(this.text ? { text: this.text } : {}) };
  }
}

/** Any thrown value as error data; unknown errors become `internal` without leaking stacks. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppException) return err.toError();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
