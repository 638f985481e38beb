// The PPKBD's KB register end to end: 10 couples registered, their KB status and wish
// recorded on the family page (a change of method keeps the old entry), and the monthly
// report numbers checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from './session.mjs';
import { expect } from './expect.mjs';
import { FamiliesPage, KbPanel, SettingsPage } from './pages.mjs';

const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });
const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date();
const yearsAgo = (n) => iso(new Date(Date.UTC(today.getFullYear() - n, 0, 15)));
const thisMonth = iso(new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1)));
const lastYear = iso(new Date(Date.UTC(today.getFullYear() - 1, 5, 1)));

// wife age, method (or none), wish, pregnant
const COUPLES = [
  [30, 'IUD', 'Tidak ingin anak lagi (TIAL)', false],
  [28, 'Suntik', 'Ingin anak ditunda (IAT)', false],
  [33, 'Pil', 'Ingin anak ditunda (IAT)', false],
  [26, 'Implan', 'Tidak ingin anak lagi (TIAL)', false],
  [41, null, 'Tidak ingin anak lagi (TIAL)', false],
  [24, null, 'Ingin anak ditunda (IAT)', false],
  [22, null, 'Ingin anak segera', false],
  [27, null, 'Ingin anak ditunda (IAT)', true],
  [18, 'Kondom', 'Ingin anak ditunda (IAT)', false],
  [36, 'MOW', 'Tidak ingin anak lagi (TIAL)', false],
];

let session;
let page;
let app;

before(async () => {
  session = await openApp();
  ({ page, app } = session);
});

after(async () => {
  await session?.close();
});

test('10 couples are registered with their KB status and wish', async () => {
  const settings = new SettingsPage(app);
  await settings.setUpArea({ village: 'Desa Sukamaju', rw: 'RW 01', rts: ['RT 01'], posyandu: 'Posyandu Melati', kampungKb: 'Kampung KB Melati' });
  const families = new FamiliesPage(app);
  const kb = new KbPanel(app);
  for (const [i, [age, method, wish, pregnant]] of COUPLES.entries()) {
    const n = String(i + 1).padStart(2, '0');
    await families.addFamily({ address: `Jl. Kenari ${n}`, rt: 'RT 01 / RW 01' }, [
      { name: `Suami ${n}`, sex: 'Laki-laki', birth: yearsAgo(age + 3), relation: 'Kepala keluarga', marital: 'Kawin' },
      { name: `Istri ${n}`, sex: 'Perempuan', birth: yearsAgo(age), relation: 'Istri', marital: 'Kawin', marriageAge: age < 20 ? '17' : '21' },
    ]);
    await kb.record(`Istri ${n}`, { method, since: method ? thisMonth : lastYear, wish, pregnant });
    await expect(app.testid('kb-status')).toContainText(method ?? 'Tidak ber-KB');
  }
  await expect(app.testid('kb-4t')).toContainText('terlalu tua');
  await page.screenshot({ path: join(OUT, 'kb-family.png'), fullPage: true });
});

test('a change of method is a new entry', async () => {
  const families = new FamiliesPage(app);
  await families.open();
  await families.search('Istri 06');
  await families.rows().first().click();
  await new KbPanel(app).record('Istri 06', { method: 'Pil', since: thisMonth, wish: 'Ingin anak ditunda (IAT)' });
  await expect(app.testid('kb-status')).toContainText('Pil');
});

test('the monthly PPKBD report counts the register', async () => {
  await app.go('laporan');
  const total = await page.$$eval('[data-testid="kb-report"] tbody tr:last-child td', (cells) => cells.map((c) => c.textContent.trim()));
  // PUS, aktif, baru, MKJP, IAT, TIAL, hamil, 4T, hamil < 20, kawin < 19, method mix
  assert.deepEqual(total.slice(0, 10), ['10', '7', '7', '3', '0', '1', '1', '3', '0', '1']);
  assert.match(total[10], /IUD 1.*Implan 1.*Suntik 1.*Pil 2.*Kondom 1/);
  await expect(app.testid('kb-cpr')).toContainText('70,0%');
  await expect(app.testid('kb-unmet')).toContainText('10,0%');
  await page.locator('[data-testid="kb-report"]').screenshot({ path: join(OUT, 'kb-report.png') });
  await app.testid('kb-cpr').screenshot({ path: join(OUT, 'kb-cpr.png') });
});

test('pills received and given leave a stock, and a low stock warns', async () => {
  await app.go('laporan');
  const form = app.testid('supply-form');
  await form.getByTestId('supply_item').selectOption({ label: 'Pil KB (strip)' });
  await form.getByTestId('quantity').fill('10');
  await form.getByTestId('save-supply').click();
  await expect(app.testid('supply-levels')).toContainText('Pil KB (strip): sisa 10');
  await form.getByTestId('quantity').fill('banyak');
  await form.getByTestId('save-supply').click();
  await expect(page.locator('#e-quantity')).toContainText('Tulis angka saja');
  await form.getByTestId('quantity').fill('6');
  await form.getByTestId('given_to').selectOption({ label: 'Istri 03' });
  await form.getByTestId('save-supply').click();
  await expect(app.testid('supply-levels')).toContainText('Pil KB (strip): sisa 4');
  await expect(app.testid('supply-low')).toContainText('Stok Pil KB (strip) hampir habis');
});

test('a married wife outside 15–49 is saved only after the cadre confirms her age', async () => {
  const families = new FamiliesPage(app);
  await families.addFamily({ address: 'Jl. Kenari 99', rt: 'RT 01 / RW 01' }, [
    { name: 'Kakek 99', sex: 'Laki-laki', birth: yearsAgo(60), relation: 'Kepala keluarga', marital: 'Kawin' },
  ]);
  await app.testid('add-member').click();
  await app.testid('person-form').waitFor();
  await app.testid('name').fill('Nenek 99');
  await app.testid('sex').selectOption({ label: 'Perempuan' });
  await app.testid('birth_date').fill(yearsAgo(55));
  await app.testid('relation').selectOption({ label: 'Istri' });
  await app.testid('marital_status').selectOption({ label: 'Kawin' });
  await app.testid('save').click();
  await expect(app.testid('wife-age')).toContainText('di luar 15–49 (bukan PUS)');
  assert.equal(await app.testid('family-page').count(), 0, 'not saved yet');
  await app.testid('confirm_wife_age').check();
  await app.testid('save').click();
  await app.testid('family-page').waitFor();
  const nenek = page.locator('[data-testid="member-list"] li', { hasText: 'Nenek 99' });
  assert.equal(await nenek.getByTestId('kb-panel').count(), 0, 'not a PUS: no KB panel');
});
