// A small `expect` over Playwright locators with auto-retry, for node:test.
import assert from 'node:assert/strict';

const TIMEOUT = 10_000;

async function poll(check, describe) {
  const start = Date.now();
  let last;
  while (Date.now() - start < TIMEOUT) {
    last = await check();
    if (last.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${describe}: ${last?.detail ?? ''}`);
}

export function expect(locator) {
  return {
    async toContainText(text) {
      await poll(async () => {
        const all = (await locator.allTextContents()).join(' ');
        return { ok: all.includes(text), detail: `got "${all}"` };
      }, `expected to contain "${text}"`);
    },
    /** The container must be there: "no such text" in nothing proves nothing. */
    async notToContainText(text) {
      await poll(async () => {
        const count = await locator.count();
        const all = (await locator.allTextContents()).join(' ');
        return {
          ok: count > 0 && !all.includes(text),
          detail: count ? `got "${all}"` : 'no element to look in',
        };
      }, `expected not to contain "${text}"`);
    },
    async toHaveCount(n) {
      await poll(async () => {
        const count = await locator.count();
        return { ok: count === n, detail: `got ${count}` };
      }, `expected ${n} of ${locator}`);
    },
    async toHaveClass(pattern) {
      await poll(async () => {
        const cls = (await locator.getAttribute('class')) ?? '';
        return { ok: pattern.test(cls), detail: `got class "${cls}"` };
      }, `expected class ${pattern}`);
    },
    async toBeFocused() {
      await poll(async () => ({
        ok: await locator.first().evaluate((el) => el === document.activeElement),
      }), 'expected to have the focus');
    },
    async toHaveText(text) {
      await poll(async () => {
        const got = ((await locator.first().textContent()) ?? '').trim();
        return { ok: got === text, detail: `got "${got}"` };
      }, `expected the text "${text}"`);
    },
    async toBeVisible() {
      await poll(async () => ({ ok: await locator.first().isVisible() }), 'expected to be visible');
    },
  };
}
