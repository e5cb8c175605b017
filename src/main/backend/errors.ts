import type { AppError, ErrorCode } from '../../shared/models';

/** Thrown inside the backend; turned into `{ code, message }` data at every boundary. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppException';
  }

  toError(): AppError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Any thrown value as error data; unknown errors become `internal` without leaking stacks. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppException) return err.toError();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
