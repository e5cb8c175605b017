// Page object for the Evidence panel (issue 9) in the workbench's bottom panel.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { translator } from '../../../src/core/i18n';
import { DEFAULT_LANGUAGE } from '../../../src/shared/languages';

export class EvidencePage {
  readonly panel: Locator;
  readonly items: Locator;
  readonly commitments: Locator;
  readonly count: Locator;
  readonly showHidden: Locator;
  readonly hidden: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('evidence-panel');
    this.items = this.panel.getByTestId('evidence-list').getByTestId('evidence-item');
    this.commitments = this.panel.getByTestId('evidence-commitment');
    this.count = this.panel.getByTestId('evidence-count');
    this.showHidden = this.panel.getByTestId('evidence-show-hidden');
    this.hidden = this.panel.getByTestId('evidence-hidden');
  }

  /** Opens the tab, with the bottom panel made tall enough to read a few suggestions (as a person would drag it). */
  async open(): Promise<void> {
    await this.page.getByTestId('tab-evidence').click();
    const separator = this.page.getByRole('separator', { name: translator(DEFAULT_LANGUAGE).t('workbench.resize.problems') });
    await separator.focus();
    for (let i = 0; i < 6; i++) await this.page.keyboard.press('ArrowUp');
    await expect(this.panel).toBeVisible();
    await expect(this.items.first()).toBeVisible({ timeout: 30_000 });
  }

  item(index: number): Locator {
    return this.items.nth(index);
  }

  /** The title of a suggestion, without its date. */
  async titleOf(item: Locator): Promise<string> {
    // The date before the title is written as the interface language writes dates ("5 dec. 2022").
    const text = await item.locator('.evidence-title').innerText();
    const date = await item.locator('.evidence-date').innerText();
    return text.slice(text.indexOf(date) + date.length).trim();
  }
}
