import Database from 'better-sqlite3';
import { AppException } from '../errors';

/** SQLite's failures in words for a person, as the app's error codes; other errors pass through. */
export function toAppException(err: unknown, name: string): unknown {
  if (!(err instanceof Database.SqliteError)) return err;
  const code = err.code ?? '';
  const file = `"${name}"`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppException('locked', `${file} is busy in another program; nothing was saved, try again`, { sqlite: code });
  }
  if (code.startsWith('SQLITE_READONLY')) return new AppException('read-only', `${file} cannot be written; nothing was saved`, { sqlite: code });
  if (code === 'SQLITE_FULL') return new AppException('io', `The disk holding ${file} is full; nothing was saved`, { sqlite: code });
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppException('io', `${file} could not be read or written (${err.message})`, { sqlite: code });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppException('bad-file', `${file} is damaged: ${err.message}`, { sqlite: code });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppException('conflict', `${file}: the change conflicts with what is stored (${err.message})`, { sqlite: code });
  return err;
}
