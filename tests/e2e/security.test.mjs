// The PIN lock: data sealed in IndexedDB, nothing personal on the locked screen, wrong
// PINs refused with a growing wait, unlock restores everything, the PIN can change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sessionForFile } from './session.mjs';
import { expect } from './expect.mjs';
import { FamiliesPage, SettingsPage } from './pages.mjs';

const OUT = 'tests/e2e/out';
const WIFE = { name: 'Rahayu Kusuma', nik: '3201125205900077', sex: 'Perempuan', birth: '1992-04-02', relation: 'Kepala keluarga', marital: 'Kawin', marriageAge: '21', education: 'SMA/sederajat' };

let app;
let page;
sessionForFile((s) => {
  ({ app, page } = s);
});

/** Every stored record and every localStorage value, as the browser holds them. */
async function rawStorage() {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('bakti');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise((resolve, reject) => {
      const all = db.transaction('records').objectStore('records').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    db.close();
    return { records, local: JSON.stringify({ ...localStorage }) };
  });
}

async function reloadLocked() {
  await page.reload();
  await app.testid('lock-screen').waitFor();
}

async function unlock(pin) {
  await app.testid('pin-input').fill(pin);
  await app.testid('pin-unlock').click();
}

test('Beranda asks for a PIN until one is set, and can skip it once', async () => {
  await app.skipSetup();
  await expect(app.testid('pin-prompt')).toContainText('Pasang PIN 6 angka');
  await app.testid('pin-prompt-skip').click();
  await expect(app.testid('notice')).toContainText('Tanpa PIN');
  await expect(app.testid('pin-prompt')).toHaveCount(0);
  await page.reload();
  await app.ready();
  await expect(app.testid('pin-prompt')).toHaveCount(1);
});

test('a PIN is set: every payload and the cadre name are sealed, nothing personal in clear', async () => {
  const settings = new SettingsPage(app);
  await settings.saveProfile('Ibu Kartini', 'Kader posyandu');
  await settings.setUpArea({ village: 'Desa Mekar', rw: 'RW 01', rts: ['RT 02'], posyandu: 'Posyandu Melati', kampungKb: 'Kampung KB Mekar' });
  await new FamiliesPage(app).addFamily({ kk: '3201123456789077', address: 'Gang Kenanga 3', rt: 'RT 02 / RW 01' }, [WIFE]);
  let raw = await rawStorage();
  assert.ok(JSON.stringify(raw.records).includes('Rahayu'), 'before the PIN the data is in clear');
  // A bad PIN is refused at the field.
  await settings.open();
  await app.testid('pin-new').fill('12345');
  await app.testid('pin-confirm').fill('12345');
  await app.testid('pin-save').click();
  await expect(page.locator('#e-pin-new')).toContainText('PIN harus 6 angka.');
  await app.testid('pin-new').fill('123456');
  await app.testid('pin-confirm').fill('123465');
  await app.testid('pin-save').click();
  await expect(page.locator('#e-pin-confirm')).toContainText('Kedua PIN tidak sama');
  await settings.setPin('246810');
  await expect(app.testid('notice')).toContainText('PIN terpasang');
  await expect(app.testid('lock-now')).toBeVisible();
  raw = await rawStorage();
  assert.equal(raw.records.length, 7); // 5 areas, 1 family, 1 person
  for (const record of raw.records) {
    assert.ok(record.sealed && record.payload === undefined, `record ${record.id} is sealed`);
    assert.ok(record.id && record.kind && record.updated_at, 'the envelope stays in clear');
  }
  const everything = JSON.stringify(raw);
  for (const secret of ['Rahayu', '3201125205900077', 'Gang Kenanga', 'Kartini']) {
    assert.ok(!everything.includes(secret), `"${secret}" is not stored in clear`);
  }
  await app.go('');
  await expect(app.testid('pin-prompt')).toHaveCount(0);
});

test('after a reload the phone is locked and shows nothing personal', async () => {
  await reloadLocked();
  const text = await page.locator('body').innerText();
  for (const secret of ['Rahayu', 'Kartini', 'Mekar', 'Gang Kenanga']) {
    assert.ok(!text.includes(secret), `the locked screen does not show "${secret}"`);
  }
  assert.equal(await page.locator('nav.bottom').count(), 0);
  await page.screenshot({ path: join(OUT, 'lock-screen.png'), fullPage: true });
});

test('wrong PINs are refused; from the fifth the phone makes the cadre wait', async () => {
  const failures = () => page.evaluate(() => JSON.parse(localStorage.getItem('bakti.pin_failures') ?? '{"count":0}').count);
  for (let i = 1; i <= 4; i++) {
    await unlock('111111');
    await page.waitForFunction((n) => JSON.parse(localStorage.getItem('bakti.pin_failures') ?? '{}').count === n, i);
    await expect(page.locator('#e-pin-input')).toContainText('PIN salah.');
    assert.equal(await app.testid('pin-wait').innerText(), '', 'four misses are free');
  }
  await unlock('111111');
  await expect(app.testid('pin-wait')).toContainText('Coba lagi dalam 30 detik');
  // Even the right PIN waits, and the wait survives a reload.
  await reloadLocked();
  await unlock('246810');
  await expect(app.testid('pin-wait')).toContainText('Coba lagi dalam');
  assert.equal(await page.locator('nav.bottom').count(), 0);
  // The test does not sit out the 30 s: it ends the wait as time would.
  assert.equal(await failures(), 5);
  await page.evaluate(() => localStorage.removeItem('bakti.pin_failures'));
});

test('the right PIN opens everything as it was', async () => {
  await unlock('246810');
  await app.ready();
  await expect(app.testid('greeting')).toContainText('Halo, Ibu Kartini');
  await expect(app.testid('summary')).toContainText('1 keluarga, 1 orang terdaftar');
  const families = new FamiliesPage(app);
  await families.open();
  await families.search('rahayu');
  await expect(families.rows()).toHaveCount(1);
});

test('a record saved while unlocked is sealed too, and "Kunci" locks at once', async () => {
  await new FamiliesPage(app).addFamily({ kk: '3201123456789078', address: 'Gang Mawar 9', rt: 'RT 02 / RW 01' }, [{ ...WIFE, name: 'Dewi Lestari', nik: '' }]);
  const raw = await rawStorage();
  assert.ok(!JSON.stringify(raw).includes('Dewi'));
  assert.ok(raw.records.every((r) => r.sealed));
  await app.testid('lock-now').click();
  await app.testid('lock-screen').waitFor();
});

test('the PIN is changed with the current one; the old one no longer opens', async () => {
  await unlock('246810');
  await app.ready();
  const settings = new SettingsPage(app);
  await settings.setPin('135790', '000000');
  await expect(page.locator('#e-pin-current')).toContainText('PIN salah.');
  await settings.setPin('135790', '246810');
  await expect(app.testid('notice')).toContainText('PIN sudah diganti');
  await reloadLocked();
  await unlock('246810');
  await expect(page.locator('#e-pin-input')).toContainText('PIN salah.');
  await unlock('135790');
  await app.ready();
  await app.go('');
  await expect(app.testid('summary')).toContainText('2 keluarga, 2 orang terdaftar');
});
