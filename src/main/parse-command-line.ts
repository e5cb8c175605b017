// node:util parseArgs for the command lines of `pwb` and `npm run serve`, with its
// errors turned into words a person can act on (parseArgs' own messages quote its API).
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

/** Strict: unknown options and options without their value are errors (CommandLineError). */
export function parseCommandLine<O extends OptionSpecs>(argv: readonly string[], options: O, allowPositionals: boolean): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals, strict: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (err) {
    throw new CommandLineError(describeParseError(err));
  }
}

export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

function describeParseError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  // `Option '-p, --project <value>' argument missing`: name the long spelling.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `option ${option} needs a value` : (e.message ?? 'invalid option value');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(e.message ?? '')?.[1] ?? ''}`.trim();
    default:
      return e.message ?? String(err);
  }
}
