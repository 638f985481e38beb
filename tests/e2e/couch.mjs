// A CouchDB-protocol server for tests and figures (pouchdb-server from npm, in memory),
// and the cadre's sync steps in Pengaturan.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts pouchdb-server with database `db`; resolves to { url, stop }. */
export async function startCouch(db) {
  const port = await freePort();
  // Its working folder gets the server's config.json and log.txt: a temporary one.
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  const cwd = mkdtempSync(join(tmpdir(), 'bakti-couch-'));
  const child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port)], { cwd, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) {
        await fetch(`${url}/${db}`, { method: 'PUT' });
        return { url, stop: () => child.kill() };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('pouchdb-server did not start');
}

/** Fills and saves Pengaturan → Sinkronisasi for the server behind the app's origin. */
export async function configureSync(app, serverUrl, db, passphrase = '') {
  await app.go('pengaturan');
  await app.testid('sync-url').fill(`${new URL(serverUrl).origin}/couch`);
  await app.testid('sync-db').fill(db);
  await app.testid('sync-user').fill('');
  await app.testid('sync-password').fill('');
  await app.testid('sync-save').click();
  if (passphrase) await app.testid('sync-passphrase').fill(passphrase);
}

/** Taps "Sinkronkan sekarang" and waits for the end; returns the status text. */
export async function syncNow(app, timeout = 60_000) {
  await app.go('pengaturan');
  await app.testid('sync-now').click();
  await app.page.waitForFunction(() => {
    const text = document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
    return text && !text.startsWith('Sedang sinkron');
  }, null, { timeout });
  return app.testid('sync-status').innerText();
}
