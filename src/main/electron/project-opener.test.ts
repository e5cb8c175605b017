import { describe, expect, it } from 'vitest';
import { ProjectOpener } from './project-opener';
import type { ProjectOpenerDeps } from './project-opener';

function shell(window: boolean) {
  const log: string[] = [];
  let hasWindow = window;
  const deps: ProjectOpenerDeps = {
    hasWindow: () => hasWindow,
    openDirectly: async (path) => {
      log.push(`open ${path}`);
    },
    askRenderer: (path) => log.push(`ask ${path}`),
    focusWindow: () => log.push('focus'),
    createWindow: () => {
      log.push('window');
      hasWindow = true;
    },
  };
  return { log, deps };
}

describe('ProjectOpener', () => {
  it('opens the launch file directly, before any window exists', async () => {
    const { log, deps } = shell(false);
    const opener = new ProjectOpener('/p/a.pwb');
    await opener.start(deps);
    expect(log).toEqual(['open /p/a.pwb']);
  });

  it('keeps the last file the system handed over before start (macOS open-file comes early)', async () => {
    const { log, deps } = shell(false);
    const opener = new ProjectOpener('/p/a.pwb');
    await opener.open('/p/b.pwb');
    await opener.open('/p/c.pwb');
    expect(log).toEqual([]);
    await opener.start(deps);
    expect(log).toEqual(['open /p/c.pwb']);
  });

  it('never switches under a window: the renderer is asked (it saves its edits first) and the window comes forward', async () => {
    const { log, deps } = shell(true);
    const opener = new ProjectOpener(null);
    await opener.start(deps);
    await opener.open('/p/recent.pwb');
    expect(log).toEqual(['ask /p/recent.pwb', 'focus']);
  });

  it('without a window (macOS, all windows closed) opens directly, then shows a window', async () => {
    const { log, deps } = shell(false);
    const opener = new ProjectOpener(null);
    await opener.start(deps);
    await opener.open('/p/b.pwb');
    expect(log).toEqual(['open /p/b.pwb', 'window']);
    await opener.open('/p/c.pwb');
    expect(log.slice(2)).toEqual(['ask /p/c.pwb', 'focus']);
  });
});
