// Where the end-to-end tests find their browser: Debian's Chromium (Playwright's own
// browser download is not possible here), or the binary PWB_CHROMIUM names.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.PWB_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** CI=true (or any value but 0/false): a missing browser fails the run instead of skipping it. */
export const isCI = Boolean(process.env.CI) && !['0', 'false'].includes(String(process.env.CI).toLowerCase());

export const CHROMIUM_INSTALL = 'install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or set PWB_CHROMIUM to a Chromium binary';

export const CHROMIUM_MISSING = `Chromium not found at ${chromiumPath}; browser tests skipped: ${CHROMIUM_INSTALL}`;
