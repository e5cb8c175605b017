// Page object for the decision library view.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  readonly query: Locator;
  readonly hits: Locator;
  readonly count: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.query = page.getByTestId('library-query');
    this.hits = page.getByTestId('library-hit');
    this.count = page.getByTestId('library-count');
    this.detail = page.getByTestId('library-detail');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view-library').click();
    await expect(this.query).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.query.fill(text);
    await expect(this.count).toHaveAttribute('data-loading', 'false');
  }

  async setRange(from: string, to: string): Promise<void> {
    await this.page.getByTestId('library-from').fill(from);
    await this.page.getByTestId('library-to').fill(to);
    await expect(this.count).toHaveAttribute('data-loading', 'false');
  }
}
