// Sync figures (measured, never asserted): a generated desa (BAKTI_FAMILIES, default
// 1 000 families ≈ 26 000 records) pushed by one phone to pouchdb-server in memory, then
// pulled whole by a new phone at 4× CPU throttle, then a sync with nothing new.
// Run by scripts/figures after a release build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { timed } from './timed.mjs';
import { phone } from './browser.mjs';
import { App, SettingsPage } from './pages.mjs';
import { configureSync, startCouch, syncNow } from './couch.mjs';

const FAMILIES = process.env.BAKTI_FAMILIES ?? '1000';
const DB = 'desa_contoh';
const PASSPHRASE = 'angka figur 2026';

const couch = await startCouch(DB);
const couchUrl = couch.url;
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

const configure = (app, passphrase) => configureSync(app, server.url, DB, passphrase);
const syncAll = (app) => syncNow(app, 1_800_000);

const a = await newPhone();
const settings = new SettingsPage(a.app);
console.log(`FIGURES sync village: ${await settings.restore(backupPath)}`);
await settings.setPassphrase(PASSPHRASE);
await configure(a.app);
await timed('first push of the whole desa (unthrottled)', async () => {
  console.log(`FIGURES push says: ${await syncAll(a.app)}`);
});
const b = await newPhone();
const cdp = await b.context.newCDPSession(b.page);
await configure(b.app, PASSPHRASE);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await timed('initial sync of a new phone from the local server, 4x CPU throttle', async () => {
  console.log(`FIGURES pull says: ${await syncAll(b.app)}`);
});
await timed('sync with nothing new, 4x CPU throttle', async () => {
  console.log(`FIGURES again says: ${await syncAll(b.app)}`);
});
// A day's work on the first phone (one more family with its records, from another seed),
// sent, then received by the second phone as an incremental sync.
const changesPath = join(mkdtempSync(join(tmpdir(), 'bakti-sync-')), 'changes.json');
writeFileSync(changesPath, execFileSync('cargo', ['run', '-q', '--bin', 'village', '--', '1', '99'], { maxBuffer: 1 << 30 }));
console.log(`FIGURES changes on the first phone: ${await settings.restore(changesPath)}`);
console.log(`FIGURES the first phone sends them: ${await syncAll(a.app)}`);
await timed('incremental sync of those changes on the second phone, 4x CPU throttle', async () => {
  console.log(`FIGURES incremental says: ${await syncAll(b.app)}`);
});
await a.context.close();
await b.context.close();
await server.close();
couch.stop();
