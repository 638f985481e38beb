// Debian's Chromium through playwright-core: never a downloaded browser, and kept off
// the (closed) network.
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

/** A persistent context (own profile dir) at a phone's size, as a cadre's phone. */
export async function phone({ width = 360, height = 740 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'bakti-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    deviceScaleFactor: 2,
    locale: 'id-ID',
    acceptDownloads: true,
    serviceWorkers: 'allow',
  });
}

export async function browser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
