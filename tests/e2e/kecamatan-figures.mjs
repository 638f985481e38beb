// Kecamatan figure (measured, never asserted): 50 cadres' backup files (generated desa
// of 40 families each, seeds 1–50) added to Laporan kecamatan on a PKB's phone with a
// 4× CPU throttle, chosen all at once (as a PKB picks the files she received) and, on
// a second phone, one by one; then the side-by-side table drawn. Target ≤ 5 s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { timed } from './timed.mjs';
import { phone } from './browser.mjs';
import { App } from './pages.mjs';

const FILES = Number(process.env.BAKTI_FILES ?? 50);
const folder = mkdtempSync(join(tmpdir(), 'bakti-kecamatan-'));
const files = [];
for (let seed = 1; seed <= FILES; seed++) {
  const path = join(folder, `desa-${seed}.json`);
  writeFileSync(path, execFileSync('cargo', ['run', '-q', '--bin', 'village', '--', '40', String(seed)], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  files.push(path);
}
const server = await serve(process.env.BAKTI_DIST ?? 'dist');
const waitForDesa = (page, n) => page.waitForFunction((n) => document.querySelectorAll('[data-testid="kec-desa"] li').length >= n, n, { timeout: 120_000 });

/** A new phone on Laporan kecamatan, throttled 4×. */
async function kecamatanPhone() {
  const context = await phone();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  const cdp = await context.newCDPSession(page);
  const app = new App(page, server.url);
  await app.open();
  await app.go('laporan/kecamatan');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, app };
}

const once = await kecamatanPhone();
await timed(`add ${FILES} backup files of 40 families chosen at once, 4x CPU throttle`, async () => {
  await once.app.testid('kec-file').setInputFiles(files);
  await waitForDesa(once.page, FILES);
  await once.page.locator('[data-testid="kec-table"]').waitFor();
});
console.log(`FIGURES desa side by side: ${await once.page.locator('[data-testid="kec-desa"] li').count()}`);
await timed('open Laporan kecamatan again with them, 4x CPU throttle', async () => {
  await once.app.go('laporan');
  await once.app.go('laporan/kecamatan');
  await once.page.locator('[data-testid="kec-table"]').waitFor();
});
await once.context.close();

const oneByOne = await kecamatanPhone();
await timed(`add ${FILES} backup files of 40 families one by one, 4x CPU throttle`, async () => {
  for (const [i, path] of files.entries()) {
    await oneByOne.app.testid('kec-file').setInputFiles(path);
    await waitForDesa(oneByOne.page, i + 1);
  }
  await oneByOne.page.locator('[data-testid="kec-table"]').waitFor();
});
await oneByOne.context.close();
await server.close();
