import { isAbsolute, resolve } from 'node:path';

/**
 * The project file a launch asks for: the first argument ending in `.pwb` (a double
 * click on a file, `policy-workbench report.pwb`, or a second instance's argv).
 * Flags (`--foo`) and the executable itself are never taken for a project.
 */
export function findProjectArg(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!/\.pwb$/i.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}

/** The value of `--name=value` or `--name value`, or null. */
export function readFlag(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1) || null;
    if (arg === name && i + 1 < argv.length && !argv[i + 1].startsWith('-')) return argv[i + 1];
  }
  return null;
}
