// Installability and updates: the manifest and icons, and a new deployment that is
// offered with "Versi baru tersedia — muat ulang" and loses nothing.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { phone, assertNoPageErrors } from './browser.mjs';
import { expect } from './expect.mjs';
import { App, FamiliesPage } from './pages.mjs';

const DIST = process.env.BAKTI_DIST ?? 'dist';
// A copy we can "deploy" a new version into.
const SITE = mkdtempSync(join(tmpdir(), 'bakti-site-'));
cpSync(DIST, SITE, { recursive: true });

let server;
let context;

before(async () => {
  server = await serve(SITE);
  context = await phone();
});

afterEach(() => assertNoPageErrors(context));

after(async () => {
  await context?.close();
  await server?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest makes the app installable under a sub-path', async () => {
  const manifest = await (await fetch(`${server.url}manifest.webmanifest`)).json();
  assert.equal(manifest.short_name, 'Bakti');
  assert.equal(manifest.lang, 'id');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  const sizes = {};
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, server.url));
    assert.equal(response.status, 200, icon.src);
    const [w, h] = pngSize(Buffer.from(await response.arrayBuffer()));
    assert.equal(`${w}x${h}`, icon.sizes);
    sizes[`${icon.sizes} ${icon.purpose}`] = true;
  }
  assert.deepEqual(Object.keys(sizes).sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
});

test('a new deployment is offered, applied on "Muat ulang", and keeps the data', async () => {
  const page = await context.newPage();
  const app = new App(page, server.url);
  await app.open();
  await app.waitForOfflineReady();
  await new FamiliesPage(app).addFamily({ address: 'Jl. Kenanga 1' }, [
    { name: 'Rina Wulandari', sex: 'Perempuan', birth: '1992-02-02', relation: 'Kepala keluarga' },
  ]);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);
  assert.equal(await app.testid('update-banner').count(), 0);

  // Deploy: a changed service worker (as every build with any changed file makes).
  const swPath = join(SITE, 'sw.js');
  writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1next'"));

  await page.reload();
  await app.ready();
  await expect(app.testid('update-banner')).toContainText('Versi baru tersedia — muat ulang');
  await page.screenshot({ path: 'tests/e2e/out/update-banner.png' });
  await Promise.all([page.waitForEvent('load'), app.testid('update-banner').locator('button').click()]);
  await app.ready();
  assert.equal(await app.testid('update-banner').count(), 0);
  const newCaches = await page.evaluate(() => caches.keys());
  assert.deepEqual(newCaches, [oldCaches[0] + 'next']);
  await app.go('keluarga');
  await expect(new FamiliesPage(app).rows()).toContainText('Rina Wulandari');
});

test('every screen survives a reload on a plain static server', async () => {
  const page = await context.newPage();
  const app = new App(page, server.url);
  // Each screen's own element, so a blank or wrong screen fails.
  const screens = {
    '': 'summary',
    anak: 'child-list',
    'anak/baru': 'child-form',
    keluarga: 'family-search',
    'keluarga/baru': 'family-form',
    pendampingan: 'tpk',
    laporan: 'exchange',
    'laporan/poster': 'poster-skdn',
    'laporan/kb': 'kb-report',
    'laporan/peta': 'map-rt',
    kegiatan: 'activity-form',
    'tidak/ada': 'not-found',
    pengaturan: 'profile-form',
  };
  for (const [hash, testid] of Object.entries(screens)) {
    await page.goto(`${server.url}#/${hash}`);
    await page.reload();
    await app.ready();
    await expect(app.testid(testid)).toHaveCount(1);
  }
  await expect(app.testid('areas')).toBeVisible();
  await page.goto(`${server.url}#/pendampingan`);
  await app.ready();
  await expect(app.testid('tpk')).toContainText('Pendampingan keluarga (TPK)');
});
