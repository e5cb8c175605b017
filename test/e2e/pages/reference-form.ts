import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The inline add/edit form of the references panel. */
export class ReferenceForm {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('reference-form');
  }

  field(name: 'number' | 'date' | 'time' | 'title' | 'link'): Locator {
    return this.root.getByTestId(`ref-form-${name}`);
  }

  get autoLink(): Locator {
    return this.root.getByTestId('ref-form-autolink');
  }

  async setAutoLink(on: boolean): Promise<void> {
    if ((await this.autoLink.isChecked()) !== on) await this.autoLink.click();
  }

  async save(): Promise<void> {
    await this.root.getByTestId('ref-form-save').click();
    await expect(this.root).toBeHidden();
  }
}
