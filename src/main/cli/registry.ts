// The CLI's building blocks: what a command is, how it talks to the terminal, and how
// it fails. A new command is one file in commands/ plus one line in commands/index.ts.
import { CommandLineError, parseCommandLine } from '../parse-command-line';
import type { OptionSpecs } from '../parse-command-line';
import type { Language, Translator } from '../../core/i18n';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout/stderr are terminals (progress and highlighting only then). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Runs `handler` on Ctrl+C (SIGINT) instead of dying at once; returns the undo. Absent in tests that do not need it. */
  onInterrupt?(handler: () => void): () => void;
}

/** What a command gets: the terminal, and the language to speak (`--lang`, else LC_ALL/LC_MESSAGES/LANG, else English). */
export interface CommandIO extends CliIO {
  language: Language;
  tr: Translator;
}

export interface CliCommand {
  /** The word after `pwb`. */
  name: string;
  /** One line for `pwb --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Returns the exit status: 0 ok, 1 problems found, 2 bad usage or input. */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Bad flags, wrong paths, unusable files: one line on stderr, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--help` was asked for: the caller prints `text` on stdout and exits 0. */
export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super('help requested');
    this.name = 'HelpRequested';
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
/** The project is damaged: its content is not what its history says was saved. */
export const EXIT_DAMAGED = 2;
/** Stopped by Ctrl+C, as shells report SIGINT (128 + 2). */
export const EXIT_INTERRUPTED = 130;

type Options = OptionSpecs;

export interface ParsedArgs<O extends Options> {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

/**
 * node:util parseArgs with `-h/--help` (which throws HelpRequested with `help`, so no
 * command handles it itself), and its errors turned into one readable line.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, help: string): ParsedArgs<O> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv, { ...options, help: { type: 'boolean', short: 'h' } }, true);
  } catch (err) {
    if (err instanceof CommandLineError) throw new UsageError(`${err.message} (see pwb ${command} --help)`);
    throw err;
  }
  const { help: helpFlag, ...rest } = parsed.values as Record<string, unknown>;
  if (helpFlag === true) throw new HelpRequested(help);
  return { values: rest as ParsedArgs<O>['values'], positionals: parsed.positionals };
}

export function requireValue(value: string | undefined, flag: string, command: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing ${flag} (see pwb ${command} --help)`);
  return value;
}
