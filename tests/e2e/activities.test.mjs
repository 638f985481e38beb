// The IMP's own workbook: a routine meeting with its minutes and a KIE session
// recorded and counted for the month, the cash book (iuran, jimpitan, spending) with
// an expense above the balance refused at the field, both kept after a reload, and
// mistaken entries deleted (never money already spent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sessionForFile } from './session.mjs';
import { expect } from './expect.mjs';

const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });

let page;
let app;
sessionForFile((session) => ({ page, app } = session));

const countRow = async (label) =>
  page.locator('[data-testid="activity-counts"] tbody tr', { hasText: label }).locator('td').allTextContents();

test('a meeting and a KIE session are recorded, checked at the field and counted', async () => {
  await app.skipSetup();
  await app.testid('home-activities').click();
  await app.testid('activities-page').waitFor();
  const form = app.testid('activity-form');
  await form.getByTestId('participants').fill('dua belas');
  await form.getByTestId('save-activity').click();
  await expect(page.locator('#e-topic')).toContainText('Wajib diisi');
  await expect(page.locator('#e-participants')).toContainText('Tulis angka saja');
  await form.getByTestId('topic').fill('Pertemuan rutin PPKBD <script>window.pwned=1</script>');
  await form.getByTestId('place').fill('Balai desa');
  await form.getByTestId('participants').fill('12');
  await form.getByTestId('minutes').fill('Sepakat pelayanan KB tanggal 10.');
  await form.getByTestId('save-activity').click();
  await expect(app.testid('activities')).toContainText('Pertemuan rutin PPKBD <script>window.pwned=1</script>');
  await form.getByTestId('activity_kind').selectOption({ label: 'KIE / penyuluhan' });
  await form.getByTestId('topic').fill('KIE KB pasca persalinan');
  await form.getByTestId('participants').fill('25');
  await form.getByTestId('save-activity').click();
  await expect(app.testid('activities')).toContainText('KIE KB pasca persalinan');
  assert.deepEqual(await countRow('Pertemuan rutin'), ['1', '12']);
  assert.deepEqual(await countRow('KIE / penyuluhan'), ['1', '25']);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test('the cash book keeps its balance and refuses spending more than there is', async () => {
  const form = app.testid('cash-form');
  await form.getByTestId('amount').fill('Rp 50.000');
  await form.getByTestId('save-cash').click();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 50.000');
  await form.getByTestId('cash_kind').selectOption({ label: 'Masuk: jimpitan' });
  await form.getByTestId('amount').fill('25000');
  await form.getByTestId('save-cash').click();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 75.000');
  await form.getByTestId('cash_kind').selectOption({ label: 'Keluar: belanja/biaya' });
  await form.getByTestId('amount').fill('100.000');
  await form.getByTestId('description').fill('Konsumsi pertemuan');
  await form.getByTestId('save-cash').click();
  await expect(page.locator('#e-amount')).toContainText('Pengeluaran lebih besar dari saldo kas');
  await form.getByTestId('amount').fill('30.000');
  await form.getByTestId('save-cash').click();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 45.000');
  await expect(app.testid('cash-month')).toContainText('masuk Rp 75.000, keluar Rp 30.000');
  await page.reload();
  await app.ready();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 45.000');
  await expect(app.testid('cash-entries')).toContainText('-Rp 30.000');
  await expect(app.testid('activities')).toContainText('KIE KB pasca persalinan');
  await page.screenshot({ path: join(OUT, 'activities.png'), fullPage: true });
});

test('a mistaken entry can be deleted after confirming, but money already spent cannot', async () => {
  page.on('dialog', (dialog) => dialog.accept());
  const entry = (text) => app.testid('cash-entries').locator('li', { hasText: text });
  await entry('Rp 50.000').getByTestId('delete-cash').click();
  await expect(app.testid('notice')).toContainText('Tidak bisa dihapus: uang ini sudah terpakai');
  await entry('-Rp 30.000').getByTestId('delete-cash').click();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 75.000');
  await app.testid('activities').locator('li', { hasText: 'KIE KB pasca persalinan' }).getByTestId('delete-activity').click();
  await expect(app.testid('activities')).notToContainText('KIE KB pasca persalinan');
  assert.deepEqual(await countRow('KIE / penyuluhan'), ['0', '0']);
  await page.reload();
  await app.ready();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 75.000');
  await expect(app.testid('activities')).notToContainText('KIE KB pasca persalinan');
});
