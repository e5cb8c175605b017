import { describe, expect, it } from 'vitest';
import { parseHostArgs, UsageError } from './args';

const env = { PWB_DATA_DIR: '/data/pwb' } as NodeJS.ProcessEnv;

describe('parseHostArgs', () => {
  it('defaults to a free port and the shared data folder', () => {
    expect(parseHostArgs([], '/cwd', env)).toEqual({ port: 0, dataDir: '/data/pwb', workspace: '/data/pwb/workspace', project: null, quiet: false, json: false, help: false });
  });

  it('reads every option, in both spellings, resolving paths against the working directory', () => {
    expect(parseHostArgs(['--port', '4000', '--data-dir=d', '--workspace', 'w', '--project', 'p/x.pwb', '--json', '--quiet'], '/cwd', env)).toEqual({
      port: 4000,
      dataDir: '/cwd/d',
      workspace: '/cwd/w',
      project: '/cwd/p/x.pwb',
      quiet: true,
      json: true,
      help: false,
    });
    expect(parseHostArgs(['--port=0', '--help'], '/cwd', env)).toMatchObject({ port: 0, help: true });
  });

  it('explains bad command lines', () => {
    expect(() => parseHostArgs(['--port', 'abc'], '/', env)).toThrow(new UsageError('--port must be a number from 0 to 65535, not "abc".'));
    expect(() => parseHostArgs(['--port', '70000'], '/', env)).toThrow(UsageError);
    expect(() => parseHostArgs(['--port', '-1'], '/', env)).toThrow(UsageError);
    expect(() => parseHostArgs(['--data-dir'], '/', env)).toThrow('Option --data-dir needs a value. Run with --help to see the options.');
    expect(() => parseHostArgs(['--project', '--json'], '/', env)).toThrow('Option --project needs a value.');
    expect(() => parseHostArgs(['--host', '0.0.0.0'], '/', env)).toThrow('Unknown option --host. Run with --help to see the options.');
    expect(() => parseHostArgs(['serve.pwb'], '/', env)).toThrow('Unexpected argument serve.pwb.');
  });
});
