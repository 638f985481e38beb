// Start-up figure (measured, not asserted): time from navigation to the interactive
// home screen in headless Chromium with a 4× CPU throttle, first visit and a cached
// (service-worker) visit. Run by scripts/figures after a release build.
import { serve } from './server.mjs';
import { phone } from './browser.mjs';

const server = await serve(process.env.BAKTI_DIST ?? 'dist');
const context = await phone();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

async function timeToHome(label) {
  const start = Date.now();
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.locator('[data-testid="summary"]').waitFor();
  const ms = Date.now() - start;
  const nav = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return { domContentLoaded: Math.round(entry.domContentLoadedEventEnd), load: Math.round(entry.loadEventEnd) };
  });
  console.log(`FIGURES startup ${label}: home interactive after ${ms} ms (DOMContentLoaded ${nav.domContentLoaded} ms, load ${nav.load} ms)`);
}

await timeToHome('first visit, 4x CPU throttle');
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
for (const run of [1, 2, 3]) await timeToHome(`cached visit ${run}, 4x CPU throttle`);
await context.close();
await server.close();
