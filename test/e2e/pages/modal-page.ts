import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The in-app dialogs: path fields (no native pickers in a browser) and choices. */
export class ModalPage {
  constructor(readonly page: Page) {}

  async submitPath(value: string): Promise<void> {
    const input = this.page.getByTestId('path-input');
    await expect(input).toBeVisible();
    await input.fill(value);
    await this.page.getByTestId('path-ok').click();
    await expect(input).toBeHidden();
  }

  async choose(id: string): Promise<void> {
    await this.page.getByTestId(`choice-${id}`).click();
  }

  async readImportSummary(): Promise<{ created: number; updated: number; unchanged: number; failed: number }> {
    const summary = this.page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    const text = await summary.innerText();
    const num = (label: string) => Number(new RegExp(`(\\d+)\\s+${label}`).exec(text)?.[1] ?? NaN);
    const result = { created: num('created'), updated: num('updated'), unchanged: num('unchanged'), failed: num('failed') };
    await this.choose('ok');
    return result;
  }
}
