// `npm start` on a machine without the Electron binary: the same workbench in the browser
// host (as `npm run serve`), its address printed and opened in the person's browser where
// a desktop session exists, running until Ctrl+C.
import { spawn } from 'node:child_process';

export const FALLBACK_REASON =
  'Electron is not installed on this machine (its binary could not be downloaded), so the workbench starts in your browser instead (the same as "npm run serve").';

/**
 * The command that opens a URL in the person's browser, or null when there is no desktop
 * to open it on (a server, an SSH session, CI): then the address is only printed.
 */
export function browserOpener(platform = process.platform, env = process.env) {
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { command: 'xdg-open', args: [] };
  return null;
}

/** The host's `--json` line ({ url, port, dataDir }), or null for any other line. */
export function hostInfo(line) {
  if (!line.startsWith('{')) return null;
  try {
    const info = JSON.parse(line);
    return typeof info?.url === 'string' ? info : null;
  } catch {
    return null;
  }
}

function openInBrowser(url, opener, log) {
  const child = spawn(opener.command, [...opener.args, url], { stdio: 'ignore', detached: true });
  child.on('error', (err) => log(`Could not open your browser (${opener.command}: ${err.message}); open the address above yourself.`));
  child.unref();
}

/**
 * Runs the browser host (`node hostEntry --json ...args`), passing its output through
 * except the machine-readable line, and opens the address once it is known. Resolves with
 * the host's exit code; Ctrl+C and SIGTERM (on `signals`, the process by default) are passed on to it.
 */
export function runInBrowser({ hostEntry, args = [], platform = process.platform, env = process.env, log = console.log, open = openInBrowser, signals = process }) {
  log(FALLBACK_REASON);
  const child = spawn(process.execPath, [hostEntry, '--json', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      const info = hostInfo(line);
      if (!info) {
        log(line);
        continue;
      }
      const opener = browserOpener(platform, env);
      if (opener) {
        log(`Opening ${info.url} in your browser.`);
        open(info.url, opener, log);
      } else {
        log('No desktop session here (DISPLAY and WAYLAND_DISPLAY are not set): open the address above in a browser on this computer.');
      }
    }
  });
  const forward = (signal) => () => child.kill(signal);
  const handlers = ['SIGINT', 'SIGTERM'].map((signal) => [signal, forward(signal)]);
  for (const [signal, handler] of handlers) signals.on(signal, handler);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      for (const [s, handler] of handlers) signals.off(s, handler);
      if (pending) log(pending);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
