// Debian's Chromium through playwright-core: never a downloaded browser, and kept off
// the (closed) network.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Collects every uncaught error and console error of the context's pages, so that a
 * test fails on them (`assertNoPageErrors`) instead of passing over a broken screen.
 */
function watchErrors(context) {
  context.pageErrors = [];
  const watch = (page) => {
    page.on('pageerror', (error) => context.pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') context.pageErrors.push(`console.error: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return context;
}

/**
 * Fails if a page of `context` threw or logged an error since the last call. `expected`
 * lists what a test provoked on purpose (an offline fetch, say), as regular expressions.
 */
export function assertNoPageErrors(context, expected = []) {
  if (!context) return;
  const errors = context.pageErrors.filter((e) => !expected.some((re) => re.test(e)));
  context.pageErrors.length = 0;
  assert.deepEqual(errors, [], 'the app threw or logged errors');
}

/** A persistent context (own profile dir) at a phone's size, as a cadre's phone. */
export async function phone({ width = 360, height = 740 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'bakti-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    deviceScaleFactor: 2,
    locale: 'id-ID',
    acceptDownloads: true,
    serviceWorkers: 'allow',
  });
  return watchErrors(context);
}

export async function browser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * The smallest type, in CSS px as shown, of the charts `selector` finds that are on
 * screen: each SVG text's font size scaled by how the SVG is drawn (its width over its
 * viewBox's).
 */
export async function smallestChartType(page, selector) {
  return page.evaluate((sel) => {
    let smallest = Infinity;
    for (const svg of document.querySelectorAll(`${sel} svg`)) {
      const shown = svg.getBoundingClientRect().width;
      const drawn = svg.viewBox.baseVal?.width || shown;
      if (!shown) continue;
      for (const text of svg.querySelectorAll('text')) {
        const px = parseFloat(text.getAttribute('font-size') ?? getComputedStyle(text).fontSize);
        smallest = Math.min(smallest, (px * shown) / drawn);
      }
    }
    return smallest;
  }, selector);
}
