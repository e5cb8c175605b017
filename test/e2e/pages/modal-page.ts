import { statSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The in-app dialogs: uploads and path fields (no native pickers in a browser), and choices. */
export class ModalPage {
  constructor(readonly page: Page) {}

  async submitPath(value: string): Promise<void> {
    const input = this.page.getByTestId('path-input');
    await expect(input).toBeVisible();
    await input.fill(value);
    await this.page.getByTestId('path-ok').click();
    await expect(input).toBeHidden();
  }

  /**
   * Hands files to the upload dialog as a person does with its picker: one folder (its
   * files keep their places in it), or files. The dialog closes when they have arrived.
   */
  async upload(paths: string[]): Promise<void> {
    const modal = this.page.getByTestId('upload-modal');
    await expect(modal).toBeVisible();
    const folder = paths.length === 1 && statSync(paths[0]).isDirectory();
    await this.page.getByTestId(folder ? 'upload-panel-folder-input' : 'upload-panel-input').setInputFiles(folder ? paths[0] : paths);
    await expect(modal).toBeHidden({ timeout: 60_000 });
  }

  async choose(id: string): Promise<void> {
    await this.page.getByTestId(`choice-${id}`).click();
  }

  async readImportSummary(): Promise<{ created: number; updated: number; unchanged: number; failed: number }> {
    const summary = this.page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    const num = async (name: string) => Number((await summary.getAttribute(`data-${name}`)) ?? NaN);
    const result = { created: await num('created'), updated: await num('updated'), unchanged: await num('unchanged'), failed: await num('failed') };
    await this.choose('ok');
    return result;
  }
}
