// `npm start` without the Electron binary: the browser host, its address printed and
// opened where a desktop session exists, running until Ctrl+C (scripts/browser-fallback.mjs).
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserOpener, FALLBACK_REASON, hostInfo, runInBrowser } from '../../scripts/browser-fallback.mjs';
import type { Opener } from '../../scripts/browser-fallback.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A stand-in for out/main/host.js: prints like the host, stops on SIGINT with code 0. */
function fakeHost(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pwb-start-'));
  dirs.push(dir);
  const file = join(dir, 'host.mjs');
  writeFileSync(
    file,
    `const url = 'http://127.0.0.1:4321/?token=abc';
console.log('Policy Workbench is running at ' + url);
if (process.argv.includes('--json')) console.log(JSON.stringify({ url, port: 4321, dataDir: '/d', args: process.argv.slice(2) }));
console.log('args: ' + process.argv.slice(2).join(' '));
console.log('Open the address above in your browser; press Ctrl+C to stop.');
process.on('SIGINT', () => { console.log('Stopping…'); process.exit(0); });
setInterval(() => {}, 1000);
`,
  );
  return file;
}

describe('npm start in the browser host', () => {
  it('opens with xdg-open only where a desktop session exists', () => {
    expect(browserOpener('linux', {})).toBeNull();
    expect(browserOpener('linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [] });
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [] });
    expect(browserOpener('darwin', {})?.command).toBe('open');
    expect(browserOpener('win32', {})?.command).toBe('cmd');
  });

  it('reads the host’s machine line and nothing else', () => {
    expect(hostInfo('{"url":"http://127.0.0.1:1/?token=x","port":1,"dataDir":"/d"}')?.url).toBe('http://127.0.0.1:1/?token=x');
    expect(hostInfo('Policy Workbench is running at http://127.0.0.1:1/')).toBeNull();
    expect(hostInfo('{not json')).toBeNull();
  });

  for (const [what, env, opens] of [
    ['with a desktop session', { DISPLAY: ':0' }, true],
    ['without one', {}, false],
  ] as const) {
    it(`says why, prints the address, ${opens ? 'opens it' : 'asks to open it'} ${what}, and runs until Ctrl+C`, async () => {
      const signals = new EventEmitter();
      const lines: string[] = [];
      const opened: Array<[string, Opener]> = [];
      let resolveReady: () => void = () => {};
      const ready = new Promise<void>((r) => (resolveReady = r));
      const log = (line: string) => {
        lines.push(line);
        if (line.includes('Ctrl+C')) resolveReady();
      };
      const done = runInBrowser({
        hostEntry: fakeHost(),
        args: ['--port', '4321'],
        platform: 'linux',
        env: { ...process.env, DISPLAY: undefined, WAYLAND_DISPLAY: undefined, ...env },
        log,
        open: (url, opener) => opened.push([url, opener]),
        signals,
      });
      await ready;
      // Still running: nothing ends it but Ctrl+C.
      await new Promise((r) => setTimeout(r, 300));
      expect(lines.some((l) => l.startsWith('Stopping'))).toBe(false);
      signals.emit('SIGINT');
      expect(await done).toBe(0);

      expect(lines[0]).toBe(FALLBACK_REASON);
      expect(lines).toContain('Policy Workbench is running at http://127.0.0.1:4321/?token=abc');
      expect(lines).toContain('args: --json --port 4321');
      expect(lines.some((l) => l.startsWith('{'))).toBe(false);
      if (opens) {
        expect(opened).toEqual([['http://127.0.0.1:4321/?token=abc', { command: 'xdg-open', args: [] }]]);
      } else {
        expect(opened).toEqual([]);
        expect(lines.join('\n')).toMatch(/open the address above in a browser/);
      }
      expect(lines).toContain('Stopping…');
    });
  }

});
