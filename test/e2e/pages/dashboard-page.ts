// Page object for the project dashboard.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  readonly root: Locator;
  readonly selection: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
    this.selection = page.getByTestId('dashboard-selection');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view-dashboard').click();
    await expect(this.root).toBeVisible();
  }

  /** The project-wide bar is the first one; domain bars follow. */
  projectBar(): Locator {
    return this.root.getByTestId('verdict-bar').first();
  }

  domainBar(domain: string): Locator {
    return this.root.getByTestId('verdict-bar').filter({ hasText: domain });
  }
}
