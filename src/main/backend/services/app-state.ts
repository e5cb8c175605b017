// Settings and the recent-projects list, kept as one small JSON file in the data
// folder. A missing or unreadable file means defaults: losing the recent list is
// better than refusing to start.
import { mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Settings } from '../../../shared/api';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../shared/languages';
import { writeFileAtomicSync } from '../fs/atomic-write';

const STATE_FILE = 'state.json';
const MAX_RECENT = 10;

interface StateFile {
  version: 1;
  settings: Settings;
  recent: string[];
}

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export class AppState {
  private state: StateFile;
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, STATE_FILE);
    this.state = this.load();
  }

  get settings(): Settings {
    return { ...this.state.settings };
  }

  get recent(): string[] {
    return [...this.state.recent];
  }

  /** The name written on revisions; never empty. */
  author(): string {
    return this.state.settings.authorName.trim() || defaultAuthor() || 'unknown';
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = { ...this.state.settings };
    if (patch.authorName !== undefined) next.authorName = patch.authorName.trim();
    if (patch.exportDir !== undefined) next.exportDir = patch.exportDir;
    if (patch.language !== undefined) next.language = patch.language;
    this.state = { ...this.state, settings: next };
    this.save();
    return this.settings;
  }

  addRecent(path: string): void {
    const recent = [path, ...this.state.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
    this.state = { ...this.state, recent };
    this.save();
  }

  private load(): StateFile {
    const fallback: StateFile = { version: 1, settings: { authorName: defaultAuthor(), exportDir: null, language: DEFAULT_LANGUAGE }, recent: [] };
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return fallback;
    }
    try {
      const raw = JSON.parse(text) as Partial<StateFile> | null;
      const s = (raw?.settings ?? {}) as Partial<Settings>;
      return {
        version: 1,
        settings: {
          authorName: typeof s.authorName === 'string' ? s.authorName : fallback.settings.authorName,
          // An older version could remember a relative folder; that is forgotten, not guessed at.
          exportDir: typeof s.exportDir === 'string' && isAbsolute(s.exportDir) ? s.exportDir : null,
          language: isLanguage(s.language) ? s.language : DEFAULT_LANGUAGE,
        },
        recent: Array.isArray(raw?.recent) ? raw.recent.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [],
      };
    } catch (err) {
      process.stderr.write(`policy-workbench: ignoring unreadable ${this.file}: ${(err as Error).message}\n`);
      return fallback;
    }
  }

  private save(): void {
    mkdirSync(this.dataDir, { recursive: true });
    writeFileAtomicSync(this.file, JSON.stringify(this.state, null, 2) + '\n');
  }
}
