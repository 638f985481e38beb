// Sync figures (measured, never asserted): a generated desa (BAKTI_FAMILIES, default
// 1 000 families ≈ 26 000 records) pushed by one phone to pouchdb-server in memory, then
// pulled whole by a new phone at 4× CPU throttle, then a sync with nothing new.
// Run by scripts/figures after a release build.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { timed } from './timed.mjs';
import { phone } from './browser.mjs';
import { App, SettingsPage } from './pages.mjs';

const FAMILIES = process.env.BAKTI_FAMILIES ?? '1000';
const DB = 'desa_contoh';
const PASSPHRASE = 'angka figur 2026';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => resolve(p));
  });
});
const couch = spawn(process.execPath, ['node_modules/pouchdb-server/bin/pouchdb-server', '--in-memory', '--port', String(port)], { stdio: 'ignore' });
const couchUrl = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(couchUrl)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
await fetch(`${couchUrl}/${DB}`, { method: 'PUT' });
const server = await serve(process.env.BAKTI_DIST ?? 'dist', { couch: { prefix: '/couch/', target: couchUrl } });

const backupPath = join(mkdtempSync(join(tmpdir(), 'bakti-sync-')), 'desa.json');
writeFileSync(backupPath, execFileSync('cargo', ['run', '-q', '--bin', 'village', '--', FAMILIES], { maxBuffer: 1 << 30 }));

async function newPhone() {
  const context = await phone();
  const page = await context.newPage();
  const app = new App(page, server.url);
  await app.open();
  return { context, page, app };
}

async function syncNow(app) {
  await app.go('pengaturan');
  await app.testid('sync-now').click();
  await app.page.waitForFunction(() => {
    const text = document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
    return text && !text.startsWith('Sedang sinkron');
  }, null, { timeout: 1_800_000 });
  return app.testid('sync-status').innerText();
}

async function configure(app, passphrase = '') {
  await app.go('pengaturan');
  await app.testid('sync-url').fill(`${new URL(server.url).origin}/couch`);
  await app.testid('sync-db').fill(DB);
  await app.testid('sync-save').click();
  if (passphrase) await app.testid('sync-passphrase').fill(passphrase);
}

const a = await newPhone();
const settings = new SettingsPage(a.app);
console.log(`FIGURES sync village: ${await settings.restore(backupPath)}`);
await settings.setPassphrase(PASSPHRASE);
await configure(a.app);
await timed('first push of the whole desa (unthrottled)', async () => {
  console.log(`FIGURES push says: ${await syncNow(a.app)}`);
});
const b = await newPhone();
const cdp = await b.context.newCDPSession(b.page);
await configure(b.app, PASSPHRASE);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await timed('initial sync of a new phone from the local server, 4x CPU throttle', async () => {
  console.log(`FIGURES pull says: ${await syncNow(b.app)}`);
});
await timed('sync with nothing new, 4x CPU throttle', async () => {
  console.log(`FIGURES again says: ${await syncNow(b.app)}`);
});
await a.context.close();
await b.context.close();
await server.close();
couch.kill();
