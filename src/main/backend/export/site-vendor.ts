// Third-party code the report site ships: MiniSearch's browser build (UMD, which defines
// `window.MiniSearch` when loaded by a plain <script>). Read from the installed package,
// which the packaged app carries as a production dependency.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppException } from '../errors';

let cached: string | null = null;

export function minisearchBrowserScript(): string {
  if (cached !== null) return cached;
  try {
    // The package's exports name only its module entries; the UMD build sits beside them.
    const entry = createRequire(import.meta.url).resolve('minisearch');
    const umd = join(dirname(entry), '..', 'umd', 'index.js');
    cached = `/* MiniSearch (MIT licence, Luca Ongaro) */\n${readFileSync(umd, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '')}`;
    return cached;
  } catch (err) {
    throw new AppException('internal', `The search library for the report site is missing from this installation (${(err as Error).message}).`);
  }
}
