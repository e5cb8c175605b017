// `pwb <command> ...`: picks the command, and turns every failure into one line on
// stderr and an exit status (never a stack trace for a person's mistake).
import { cliLanguage, LANGUAGES, translator, UnknownLanguageError } from '../../core/i18n';
import type { Language } from '../../core/i18n';
import { COMMANDS } from './commands/index';
import type { CliCommand, CliIO } from './registry';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, HelpRequested, UsageError } from './registry';

export function globalHelp(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: pwb <command> [options]

Policy Workbench on the command line: import, check, export and search the
section reports and decisions kept in a project file (.pwb).

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run pwb <command> --help for a command's options. Every command takes
--lang nl|en; without it, messages follow LC_ALL, LC_MESSAGES or LANG
(English unless those name Dutch).
Settings (the author name on revisions) come from the app's data folder;
set PWB_DATA_DIR to use another one.`;
}

/**
 * Takes `--lang <nl|en>` (or `--lang=nl`) out of the arguments wherever it stands, so every
 * command accepts it without declaring it.
 */
export function takeLangFlag(argv: readonly string[]): { flag: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      flag = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { flag, rest };
}

export async function runCli(argv: string[], io: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const { flag, rest: args } = takeLangFlag(argv);
  let language: Language;
  try {
    language = cliLanguage(flag, io.env);
  } catch (err) {
    if (!(err instanceof UnknownLanguageError)) throw err;
    io.err(`pwb: ${translator('en').t('cli.error.unknownLanguage', { tag: err.tag, languages: LANGUAGES.join(', ') })}\n`);
    return EXIT_USAGE;
  }
  const tr = translator(language);
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(globalHelp(commands) + '\n');
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(globalHelp(commands) + '\n');
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`pwb: unknown command "${name}"; the commands are ${commands.map((c) => c.name).join(', ')} (see pwb --help)\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, { ...io, language, tr });
  } catch (err) {
    if (err instanceof HelpRequested) {
      io.out(err.text + '\n');
      return EXIT_OK;
    }
    if (err instanceof UsageError) {
      io.err(`pwb ${command.name}: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`pwb ${command.name}: unexpected error: ${message}\n`);
    if (io.env.PWB_DEBUG && err instanceof Error && err.stack) io.err(err.stack + '\n');
    return EXIT_PROBLEMS;
  }
}

/**
 * Control characters other than tab, line feed and carriage return, as `?`. Names and
 * titles come from project files, and a file made elsewhere could hold terminal escape
 * sequences that retitle a window or rewrite what was printed before.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?');
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(printable(text)),
    err: (text) => process.stderr.write(printable(text)),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}
