// Locators and small helpers for driving the real VS Code workbench in Chromium, as a person would.
import type { FrameLocator, Locator, Page } from "playwright-core";

export class Workbench {
  constructor(readonly page: Page, private readonly shotsDir: string) {}

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${this.shotsDir}/${name}.png` });
  }

  activity(title: string): Locator {
    return this.page.locator(`.activitybar a[aria-label^="${title}"], .activitybar .action-item[aria-label^="${title}"] a`).first();
  }

  treeRow(text: string | RegExp): Locator {
    return this.page.locator(".pane-body .monaco-list-row", { hasText: text }).first();
  }

  lens(text: string | RegExp): Locator {
    return this.page.locator(".codelens-decoration a", { hasText: text }).first();
  }

  tab(text: string): Locator {
    return this.page.locator(".tabs-container .tab", { hasText: text }).first();
  }

  /** The content frame of the most recently created webview. */
  webview(n = -1): FrameLocator {
    return this.page.frameLocator(`iframe.webview.ready >> nth=${n}`).frameLocator("#active-frame");
  }

  async command(title: string): Promise<void> {
    await this.page.keyboard.press("F1");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().click();
  }

  /** Words of the editor's visible text, e.g. to wait for a file's content to show. */
  editorLine(text: string | RegExp): Locator {
    return this.page.locator(".monaco-editor .view-line", { hasText: text }).first();
  }
}
