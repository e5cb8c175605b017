import { defineConfig } from '@playwright/test';
import { chromiumPath, hasChromium } from './scripts/chromium.mjs';

// Debian's Chromium (scripts/chromium.mjs). Without it the browser tests skip with a
// message, or fail with CI=true (test/e2e/fixtures.ts).
export { chromiumPath, hasChromium };

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.e2e.ts',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  reporter: process.env.PWB_PW_JSON ? [['list'], ['json', { outputFile: process.env.PWB_PW_JSON }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(hasChromium ? { executablePath: chromiumPath } : {}),
      // This machine has no network but loopback: without the background-networking
      // flags Chromium keeps trying (and failing) to reach Google's services.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
