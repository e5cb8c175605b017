// Page object for "Merge project file…" and the section history drawer.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class MergePage {
  readonly root: Locator;
  readonly apply: Locator;
  readonly left: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('merge-view');
    this.apply = page.getByTestId('merge-apply');
    this.left = page.getByTestId('merge-left');
    this.report = page.getByTestId('merge-report');
  }

  /** The view's code loads on first use; on a busy machine a click during a reload can be lost, so it is retried. */
  async open(): Promise<void> {
    await expect(async () => {
      await this.page.getByTestId('view-merge').click();
      await expect(this.root).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  }

  /** Hands their file to the browser host as the person would (the file picker), which previews the merge. */
  async preview(theirsFile: string): Promise<void> {
    await this.page.getByTestId('merge-upload-input').setInputFiles(theirsFile);
    await expect(this.page.getByTestId('merge-summary')).toBeVisible();
  }

  section(outcome: string): Locator {
    return this.root.locator(`[data-testid="merge-section"][data-outcome="${outcome}"]`);
  }

  choose(conflictId: string, side: 'mine' | 'theirs'): Promise<void> {
    return this.page.getByTestId(`merge-choice-${conflictId}-${side}`).check();
  }

  /** The text of one of the three body columns, as Monaco shows it. */
  async columnText(column: 'theirs' | 'result' | 'mine'): Promise<string> {
    const lines = this.page.getByTestId(`merge-${column}-editor`).locator('.view-line');
    return (await lines.allTextContents()).join('\n').replace(/\u00a0/g, ' ');
  }
}

export class HistoryPage {
  readonly drawer: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByTestId('history-drawer');
    this.items = page.getByTestId('history-item');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('btn-history').click();
    await expect(this.drawer).toBeVisible();
  }

  item(revision: number): Locator {
    return this.drawer.locator(`[data-testid="history-item"][data-revision="${revision}"]`);
  }
}
