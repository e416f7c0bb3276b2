// The playground as a person uses it: sheet tabs, cells to type into, the pane's buttons and its summary.
import type { Locator, Page } from 'playwright-core';

export class PlaygroundPage {
  constructor(readonly page: Page) {}

  testId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async openSheet(name: string): Promise<void> {
    await this.testId(`sheet-tab-${name}`).click();
    await this.testId(`sheet-${name}`).waitFor();
  }

  cellText(address: string): Promise<string> {
    return this.testId(`cell-${address}`).innerText();
  }

  /** A cell's fill as the browser draws it (`rgb(255, 199, 206)`), or `rgba(0, 0, 0, 0)` when unfilled. */
  cellFill(address: string): Promise<string> {
    return this.testId(`cell-${address}`).evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** Rows of the active sheet's column, from `firstRow` down to the last filled one. */
  async column(letter: string, firstRow: number): Promise<string[]> {
    const texts: string[] = [];
    for (let row = firstRow; ; row++) {
      const cell = this.testId(`cell-${letter}${row}`);
      if ((await cell.count()) === 0) return texts;
      const text = (await cell.innerText()).trim();
      if (!text) return texts;
      texts.push(text);
    }
  }

  async type(address: string, text: string): Promise<void> {
    await this.testId(`cell-${address}`).click();
    const editor = this.testId('cell-editor');
    await editor.fill(text);
    await editor.press('Enter');
    await editor.waitFor({ state: 'detached' });
  }

  /** Clicks an action and waits until the pane is idle again. */
  async act(action: 'insert' | 'sync' | 'pull' | 'keep-mine' | 'take-theirs', within?: Locator): Promise<void> {
    await (within ?? this.page).getByTestId(action).click();
    await this.testId('busy').waitFor({ state: 'detached' });
  }

  async count(name: string): Promise<number> {
    return Number(await this.testId(`summary-${name}`).getAttribute('data-value'));
  }
}
