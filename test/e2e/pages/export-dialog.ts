// Page object for the Export dialog (features/publish).
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import type { ExportFormat } from '../../../src/shared/models';

export class ExportDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('export-dialog');
  }

  /** Export menu › Export… in the top bar. */
  async open(): Promise<void> {
    await this.page.getByTestId('menu-export').click();
    await this.page.getByTestId('btn-export').click();
    await expect(this.dialog).toBeVisible();
  }

  async choose(scope: 'section' | 'project', format: ExportFormat): Promise<void> {
    await this.dialog.getByTestId(`export-format-${format}`).check();
    await this.dialog.getByTestId(`export-scope-${scope}`).check();
  }

  /** Runs the export and returns the browser download it starts. */
  async runForDownload(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByTestId('export-run').click()]);
    return download;
  }
}
