// The cadre's first day, end to end in Debian's Chromium: set up the area, register a
// family of three, reload, go offline, back up, lose the phone's data, restore.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { phone, assertNoPageErrors } from './browser.mjs';
import { expect } from './expect.mjs';
import { App, FamiliesPage, PersonForm, SettingsPage } from './pages.mjs';
import { openSealed, resealed } from './sealed.mjs';

const DIST = process.env.BAKTI_DIST ?? 'dist';
const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });

const FAMILY = {
  kk: '3201123456789012',
  address: 'Jl. Melati No. 5',
  rt: 'RT 01 / RW 03',
  water: 'Sumur terlindung',
  latrine: 'Milik sendiri',
  house: 'Layak huni',
};
const HEAD = {
  name: 'Budi Santoso', nik: '3201120101850001', sex: 'Laki-laki', birth: '1985-01-01',
  relation: 'Kepala keluarga', marital: 'Kawin', marriageAge: '24', education: 'SMA/sederajat', job: 'Petani',
};
const WIFE = {
  name: 'Siti Aminah', nik: '3201125205900002', sex: 'Perempuan', birth: '1990-05-12',
  relation: 'Istri', marital: 'Kawin', marriageAge: '19', education: 'SMP/sederajat', job: 'Ibu rumah tangga',
};
// A name that looks like markup must stay text everywhere.
const CHILD = { name: 'Ayu <b>Lestari</b> <img src=x onerror=alert(1)>', sex: 'Perempuan', birth: '2024-03-15', relation: 'Anak' };

let server;
let context;
let page;
let app;
let port;

before(async () => {
  server = await serve(DIST);
  port = Number(new URL(server.url).port);
  context = await phone();
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  app = new App(page, server.url);
});

afterEach(() => assertNoPageErrors(context));

after(async () => {
  await context?.close();
  await server?.close();
});

async function expectFamilyRegistered() {
  const families = new FamiliesPage(app);
  await families.open();
  await expect(families.rows()).toHaveCount(1);
  await expect(families.rows()).toContainText('Budi Santoso');
  await expect(families.rows()).toContainText('3 anggota');
  await families.rows().first().click();
  await expect(app.testid('member-list')).toContainText('Siti Aminah');
  await expect(app.testid('member-list')).toContainText(CHILD.name);
  // The markup in the child's name was never turned into elements.
  await expect(app.testid('member-list')).toHaveCount(1);
  assert.equal(await page.locator('[data-testid="member-list"] b, [data-testid="member-list"] img').count(), 0);
  await expect(app.testid('family-page')).toContainText('RT 01 / RW 03');
}

test('first visit offers the set-up; skipped, an empty register asks to set up the area', async () => {
  await app.open();
  await expect(app.testid('setup')).toBeVisible();
  await app.skipSetup();
  await expect(app.testid('summary')).toContainText('0 keluarga, 0 orang terdaftar');
  await expect(app.testid('setup-prompt')).toBeVisible();
  await app.waitForOfflineReady();
  await page.screenshot({ path: join(OUT, 'home-first-visit.png') });
});

test('the cadre sets up her profile and her area', async () => {
  const settings = new SettingsPage(app);
  await settings.saveProfile('Ibu Wati', 'PPKBD');
  await settings.setUpArea({
    village: 'Desa Sukamaju',
    rw: 'RW 03',
    rts: ['RT 01', 'RT 02'],
    posyandu: 'Posyandu Mawar',
    kampungKb: 'Kampung KB Sukamaju',
  });
  await expect(app.testid('areas-rt')).toContainText('RT 02 / RW 03');
  await expect(app.testid('persistence')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'settings.png'), fullPage: true });
  await app.go('');
  await expect(app.testid('greeting')).toContainText('Halo, Ibu Wati');
  await expect(app.testid('summary')).toHaveCount(1);
  assert.equal(await app.testid('setup-prompt').count(), 0);
});

test('bad family input is refused at the field and nothing is saved', async () => {
  await app.go('keluarga/baru');
  await app.testid('kk_number').fill('12345');
  await app.testid('save').click();
  await expect(page.locator('#e-kk_number')).toContainText('Harus 16 angka.');
  await expect(page.locator('#e-address')).toContainText('Wajib diisi.');
  await page.screenshot({ path: join(OUT, 'family-form-errors.png'), fullPage: true });
  await app.go('keluarga');
  await expect(app.testid('family-search')).toHaveCount(1);
  await expect(new FamiliesPage(app).rows()).toHaveCount(0);
});

test('a family with three members is registered', async () => {
  const families = new FamiliesPage(app);
  await families.addFamily(FAMILY, [HEAD, WIFE]);
  // The third member: first a wrong try (future birth date, the head's NIK).
  await app.testid('add-member').click();
  const person = new PersonForm(app);
  await person.fill({ ...CHILD, nik: HEAD.nik, birth: '2099-01-01' });
  await expect(app.testid('duplicate-nik')).toContainText('NIK ini sudah dipakai oleh Budi Santoso');
  await person.save();
  assert.equal(await person.fieldError('birth_date'), 'Tanggal lahir tidak boleh di masa depan.');
  await page.screenshot({ path: join(OUT, 'person-form-errors.png'), fullPage: true });
  await person.fill({ ...CHILD, nik: '', birth: CHILD.birth });
  await person.save();
  await app.testid('family-page').waitFor();
  await expect(app.testid('member-list')).toContainText('Anak · Perempuan · 15 Mar 2024');
  await page.screenshot({ path: join(OUT, 'family-page.png'), fullPage: true });
});

test('search finds the family by name, NIK and No. KK', async () => {
  const families = new FamiliesPage(app);
  await families.open();
  for (const query of ['siti', '3201125205900002', '6789012']) {
    await families.search(query);
    await expect(families.rows()).toHaveCount(1);
  }
  await families.search('tidak ada orang ini');
  await expect(families.rows()).toHaveCount(0);
  await expect(page.locator('.empty')).toContainText('Tidak ditemukan.');
});

test('the register is still there after a reload', async () => {
  await page.reload();
  await app.ready();
  await expectFamilyRegistered();
});

test('offline, the app starts and shows the family', async () => {
  await context.setOffline(true);
  await server.close();
  await page.goto(`${app.baseUrl}#/keluarga`);
  await app.ready();
  await expectFamilyRegistered();
  await page.screenshot({ path: join(OUT, 'offline-family.png'), fullPage: true });
  await context.setOffline(false);
  server = await serve(DIST, { port });
});

let backupPath;
const PASSPHRASE = 'mawar melati 2026';

test('a backup is downloaded locked with the village passphrase and "Cadangan terakhir" says today', async () => {
  // Beranda asks for the first backup; without a village passphrase no file is made.
  await app.go('');
  await expect(app.testid('backup-reminder')).toContainText('belum pernah dicadangkan');
  await app.testid('home-backup').click();
  await expect(app.testid('notice')).toContainText('Pasang kata sandi desa dulu');
  const settings = new SettingsPage(app);
  await settings.open();
  await app.testid('village-passphrase').fill('pendek');
  await app.testid('village-passphrase-save').click();
  await expect(page.locator('#e-village-passphrase')).toContainText('Kata sandi desa minimal 8 huruf.');
  await settings.setPassphrase(PASSPHRASE);
  // Then the backup is made right there, saying where it goes.
  await app.go('');
  const [fromHome] = await Promise.all([page.waitForEvent('download'), app.testid('home-backup').click()]);
  assert.match(fromHome.suggestedFilename(), /^bakti-cadangan-/);
  await expect(app.testid('notice')).toContainText('grup WhatsApp');
  await expect(app.testid('backup-reminder')).toHaveCount(0);
  const download = await settings.backupDownload();
  assert.match(download.suggestedFilename(), /^bakti-cadangan-hp-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  backupPath = join(OUT, 'backup.json');
  await download.saveAs(backupPath);
  const text = readFileSync(backupPath, 'utf8');
  assert.doesNotMatch(text, /Siti|Budi|3201/, 'no name or NIK leaves the phone in clear');
  const file = JSON.parse(text);
  assert.equal(file.format, 'bakti-encrypted');
  assert.equal(file.village.name, 'Desa Sukamaju');
  assert.equal(file.kdf.iterations, 600000);
  const backup = JSON.parse(await openSealed(text, PASSPHRASE));
  assert.equal(backup.format, 'bakti-backup');
  assert.equal(backup.record_count, backup.records.length);
  assert.equal(backup.records.length, 10); // 6 areas, 1 family, 3 persons
  await expect(app.testid('last-backup')).toContainText('Cadangan terakhir: hari ini');
});

test('a tampered backup is refused and changes nothing', async () => {
  const original = readFileSync(backupPath, 'utf8');
  const file = JSON.parse(original);
  const flipped = join(OUT, 'flipped.json');
  const at = 40;
  const c = file.sealed[at] === 'A' ? 'B' : 'A';
  writeFileSync(flipped, JSON.stringify({ ...file, sealed: file.sealed.slice(0, at) + c + file.sealed.slice(at + 1) }));
  assert.match(await new SettingsPage(app).restore(flipped), /Kata sandi desa salah.*Tidak ada yang diubah\./);
  // Re-sealed by someone who knows the passphrase: the inner checksum still catches it.
  const tampered = join(OUT, 'tampered.json');
  const inner = (await openSealed(original, PASSPHRASE)).replace('Siti Aminah', 'Siti Palsu');
  writeFileSync(tampered, await resealed(original, inner, PASSPHRASE));
  const message = await new SettingsPage(app).restore(tampered);
  assert.match(message, /tidak cocok dengan tanda pengamannya.*Tidak ada data yang diubah\./);
  const truncated = join(OUT, 'truncated.json');
  writeFileSync(truncated, readFileSync(backupPath, 'utf8').slice(0, 300));
  assert.match(await new SettingsPage(app).restore(truncated), /terpotong/);
  await expectFamilyRegistered();
});

test('after the site data is cleared, restoring the backup brings back the same records', async () => {
  // Leave the app first: clearing waits for open database connections to close.
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(app.baseUrl).origin, storageTypes: 'all' });
  // Clearing also drops the service worker, which can detach this tab: use a new one.
  await page.close();
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  app = new App(page, server.url);
  await app.open();
  await expect(app.testid('setup')).toBeVisible();
  // A new phone needs the village passphrase; a wrong one changes nothing.
  assert.match(await new SettingsPage(app).restore(backupPath), /dikunci dengan kata sandi desa/);
  assert.match(await new SettingsPage(app).restore(backupPath, 'kata sandi lain'), /Kata sandi desa salah/);
  await app.go('');
  await expect(app.testid('setup')).toBeVisible();
  const message = await new SettingsPage(app).restore(backupPath, PASSPHRASE);
  assert.equal(message, 'Dipulihkan: 10 baru, 0 diperbarui, 0 sudah ada.');
  await expectFamilyRegistered();
  await app.go('pengaturan');
  await expect(app.testid('areas-posyandu')).toContainText('Posyandu Mawar');
  await page.reload();
  await app.ready();
  await expectFamilyRegistered();
  // The phone kept the village key it was given: no passphrase to type again.
  const again = await new SettingsPage(app).restore(backupPath);
  assert.equal(again, 'Dipulihkan: 0 baru, 0 diperbarui, 10 sudah ada.');
});

test('a member is edited and deleted; the family is deleted', async () => {
  const families = new FamiliesPage(app);
  await families.open();
  await families.rows().first().click();
  await page.locator('[data-testid="member-row"]', { hasText: 'Siti Aminah' }).click();
  await app.testid('name').fill('Siti Aminah Lestari');
  await app.testid('save').click();
  await expect(app.testid('member-list')).toContainText('Siti Aminah Lestari');
  await page.locator('[data-testid="member-row"]', { hasText: 'Siti Aminah Lestari' }).click();
  await app.testid('delete-person').click();
  await expect(app.testid('member-row')).toHaveCount(2);
  await app.testid('delete-family').click();
  await page.waitForFunction(() => window.location.hash === '#/keluarga');
  await expect(app.testid('family-search')).toHaveCount(1);
  await expect(families.rows()).toHaveCount(0);
});
