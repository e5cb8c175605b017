// Page object for the command palette (Ctrl+Shift+P / F1).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class PalettePage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('command-palette');
    this.input = page.getByTestId('palette-input');
    this.items = page.getByTestId('palette-item');
  }

  async open(keys = 'ControlOrMeta+Shift+P'): Promise<void> {
    await this.page.keyboard.press(keys);
    await expect(this.input).toBeFocused();
  }

  active(): Locator {
    return this.dialog.locator('[role="option"][aria-selected="true"]');
  }

  async run(query: string): Promise<void> {
    await this.input.fill(query);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
