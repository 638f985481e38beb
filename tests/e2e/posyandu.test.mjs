// A posyandu day end to end: 30 children registered and weighed in two months through
// the UI, the result shown at once, an implausible value that must be confirmed, the
// SKDN numbers and referral list checked, a growth chart looked at, prints to PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { sessionForFile } from './session.mjs';
import { smallestChartType } from './browser.mjs';
import { expect } from './expect.mjs';
import { ChildrenPage, SettingsPage, WeighingDay } from './pages.mjs';

const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });

const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date();
const thisMonth = new Date(Date.UTC(today.getFullYear(), today.getMonth(), Math.min(today.getDate(), 28)));
const lastMonth = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, Math.min(today.getDate(), 28)));
// Born `months` months and 13 days before `date`, whatever today's date: the counts
// below (who is referred, who is above the orange line) depend on exact ages, and a
// fixed birth day (the 10th) made them change before the 10th of a month.
const monthsBefore = (date, months) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate() - 13));

/** 30 children aged 3 to 50 months; plausible weights and lengths for their age. */
const CHILDREN = Array.from({ length: 30 }, (_, i) => {
  const months = 3 + Math.round((i * 47) / 29);
  const weight = 4.5 + 0.45 * Math.min(months, 12) + 0.18 * Math.max(0, months - 12);
  const length = 57 + 1.6 * Math.min(months, 12) + 0.75 * Math.max(0, months - 12);
  return {
    name: `Anak ${String(i + 1).padStart(2, '0')}`,
    sex: i % 2 ? 'Perempuan' : 'Laki-laki',
    birth: iso(monthsBefore(lastMonth, months)),
    months,
    weight,
    length,
  };
});
const kg = (v) => v.toFixed(1).replace('.', ',');

let page;
let app;
sessionForFile((session) => ({ page, app } = session));

test('the posyandu and 30 children are registered', async () => {
  const settings = new SettingsPage(app);
  await settings.open();
  await settings.addArea('village', 'Desa Sukamaju');
  await settings.addArea('posyandu', 'Posyandu Mawar');
  const children = new ChildrenPage(app);
  for (const child of CHILDREN) await children.addChild(child);
  await app.go('anak');
  await expect(app.testid('child-row')).toHaveCount(30);
});

test('last month: 27 children weighed', async () => {
  const day = new WeighingDay(app);
  await day.open();
  await day.setDate(iso(lastMonth));
  const weighed = CHILDREN.filter((_, i) => i < 25 || i >= 28);
  for (const child of weighed) {
    await day.pick(child.name);
    await day.enter({ weight: kg(child.weight), length: kg(child.length) });
    await app.testid('review').waitFor();
  }
  await expect(app.testid('progress')).toContainText('27 dari 30 anak sudah ditimbang');
});

test('this month: results at once, "Anak berikutnya", and an implausible weight', async () => {
  const day = new WeighingDay(app);
  await day.open();
  await day.setDate(iso(thisMonth));
  // Anak 01 first, with a typo that WHO flags (10 × the weight): refused until confirmed.
  await day.pick('Anak 01');
  const first = CHILDREN[0];
  await day.enter({ weight: kg(first.weight * 4), length: kg(first.length + 2) });
  await expect(app.testid('implausible')).toContainText('tidak masuk akal menurut WHO');
  await page.screenshot({ path: join(OUT, 'weighing-implausible.png'), fullPage: true });
  // Confirming keeps the value (the cadre re-measured and it is right) and saves it.
  await day.enter({ weight: kg(first.weight * 4), length: kg(first.length + 2), confirm: true });
  await expect(app.testid('remeasure')).toContainText('tidak masuk akal (flag WHO)');
  // Then corrected: the same child and date is edited, not duplicated.
  await day.pick('Anak 01');
  await day.enter({ weight: kg(first.weight + 1), length: kg(first.length + 2) });
  await expect(app.testid('gain')).toContainText('N — naik');
  await page.screenshot({ path: join(OUT, 'weighing-result.png'), fullPage: true });
  // The rest through "Anak berikutnya": 20 gain 1 kg (N), 5 gain nothing (T), 3 new (B).
  for (let i = 1; i < 28; i++) {
    await day.next();
    const name = (await app.testid('measurement-panel').locator('h2').textContent()).trim();
    const child = CHILDREN.find((c) => c.name === name);
    const index = CHILDREN.indexOf(child);
    const gain = index >= 20 && index < 25 ? 0 : 1;
    await day.enter({ weight: kg(child.weight + gain), length: kg(child.length + 1) });
    await app.testid('review').waitFor();
    if (index >= 20 && index < 25) await expect(app.testid('refer')).toContainText('Berat tidak naik (T)');
  }
  // The day's summary and the list mark the 5 T and the 3 above the orange line.
  await expect(app.testid('progress')).toContainText('28 dari 30 anak sudah ditimbang · 8 perlu dirujuk');
  await expect(page.locator('[data-testid="weighing-status"]', { hasText: '⚠ Perlu dirujuk' })).toHaveCount(8);
  await app.testid('weighing-list').screenshot({ path: join(OUT, 'weighing-day-list.png') });
});

test('the SKDN table and the referral list of this month', async () => {
  await app.go('laporan');
  await app.testid('skdn-table').waitFor();
  const totals = await page.$$eval('[data-testid="skdn-table"] tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector('th').textContent.trim(), Number(r.lastElementChild.textContent)])),
  );
  assert.deepEqual(
    { S: totals.S, K: totals.K, N: totals.N, T: totals.T, O: totals.O, B: totals.B, D: totals['D = N+T+O+B'], notCame: totals['K − D'] },
    { S: 30, K: 30, N: 20, T: 5, O: 0, B: 3, D: 28, notCame: 2 },
  );
  await expect(app.testid('ratios')).toContainText('93,3%'); // D/S = 28/30
  // 5 T, and Anak 06, 08 and 10 above the orange line (BB/U +1,0 to +1,2 SD).
  await expect(app.testid('referrals').locator('li')).toHaveCount(8);
  await expect(app.testid('referrals')).toContainText('Di atas garis oranye');
  await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(join(OUT, 'report.pdf'), await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
});

test('the child page shows the history and the growth chart, and prints on A4', async () => {
  await app.go('anak');
  await page.locator('[data-testid="child-row"]', { hasText: 'Anak 02' }).click();
  await expect(app.testid('history').locator('tbody tr')).toHaveCount(2);
  const svg = app.testid('growth-chart').locator('svg');
  await svg.waitFor();
  assert.equal(await svg.locator('circle').count(), 2);
  await app.testid('growth-chart').screenshot({ path: join(OUT, 'growth-chart.png') });
  // The chart's type reads on the phone: 11 px or more as shown.
  const smallest = await smallestChartType(page, '[data-testid="growth-chart"]');
  assert.ok(smallest >= 11, `chart type of ${smallest} px`);
  await page.evaluate(() => { window.print = () => {}; });
  await app.testid('print-child').click();
  await page.locator('.print-charts svg').nth(2).waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(join(OUT, 'child-card.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
});

test('e-PPGBM: the month is exported, and re-importing it adds nothing while bad rows are listed', async () => {
  await app.go('pengaturan');
  for (const [field, value] of [['province', 'Jawa Barat'], ['regency', 'Kab. Bogor'], ['district', 'Kemang'], ['puskesmas', 'Puskesmas Kemang']]) {
    await app.testid(field).fill(value);
  }
  await app.testid('save-profile').click();
  await expect(app.testid('notice')).toContainText('Tersimpan');
  await app.go('laporan');
  const [download] = await Promise.all([page.waitForEvent('download'), app.testid('export-eppgbm').click()]);
  const path = join(OUT, 'e-ppgbm.csv');
  await download.saveAs(path);
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  assert.match(lines[0], /^"NIK","Nama","JK","Tgl Lahir"/);
  assert.equal(lines.length, 1 + 28);
  assert.match(lines[1], /"Jawa Barat","Kab\. Bogor","Kemang","Puskesmas Kemang"/);
  await app.testid('import-eppgbm').setInputFiles(path);
  await expect(app.testid('notice')).toContainText('Diimpor: 0 anak baru, 0 penimbangan baru, 28 sudah ada.');
  const bad = join(OUT, 'e-ppgbm-bad.csv');
  writeFileSync(bad, `${lines[0]}\n"","Anak Baru","X","2025-01-01"\n"","Anak Lain","P","2025-01-01","","","","","","","","","","","","","","${iso(thisMonth)}","","99"\n`);
  await app.testid('import-eppgbm').setInputFiles(bad);
  await expect(app.testid('import-errors')).toContainText('Baris 2: JK harus L atau P.');
  await expect(app.testid('import-errors')).toContainText('Baris 3: Berat — Harus antara 0,5 dan 60 kg.');
  await app.go('anak');
  await expect(app.testid('child-row')).toHaveCount(30);
});

test('e-PPGBM as Excel: exported, read back, refused when broken, and read offline', async () => {
  await app.waitForOfflineReady();
  await app.go('laporan');
  const [download] = await Promise.all([page.waitForEvent('download'), app.testid('export-eppgbm-xlsx').click()]);
  assert.match(download.suggestedFilename(), /^e-ppgbm-\d{4}-\d{2}\.xlsx$/);
  const path = join(OUT, 'e-ppgbm.xlsx');
  await download.saveAs(path);
  assert.equal(readFileSync(path).subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip, as .xlsx is');
  await app.testid('import-eppgbm').setInputFiles(path);
  await expect(app.testid('notice')).toContainText('Diimpor: 0 anak baru, 0 penimbangan baru, 28 sudah ada.');
  const broken = join(OUT, 'e-ppgbm-rusak.xlsx');
  writeFileSync(broken, 'PK\x03\x04bukan excel');
  await app.testid('import-eppgbm').setInputFiles(broken);
  await expect(app.testid('notice')).toContainText('tidak bisa dibaca sebagai Excel (.xlsx)');
  // The worker fetched once is kept by the service worker: Excel works offline too.
  await page.context().setOffline(true);
  await app.testid('import-eppgbm').setInputFiles(path);
  await expect(app.testid('notice')).toContainText('28 sudah ada.');
  await page.context().setOffline(false);
  await app.go('anak');
  await expect(app.testid('child-row')).toHaveCount(30);
});

test('the notice-board posters print on A4 and A3 landscape', async () => {
  await app.go('laporan');
  await app.testid('open-posters').click();
  await app.testid('poster-skdn-chart').locator('svg').waitFor();
  await expect(app.testid('poster-skdn')).toContainText('Balok SKDN');
  // On the phone the poster keeps its drawn size and scrolls sideways: type ≥ 11 px.
  const smallest = await smallestChartType(page, '.poster .chart.no-print');
  assert.ok(smallest >= 11, `poster type of ${smallest} px`);
  await page.screenshot({ path: join(OUT, 'posters-phone.png') });
  await expect(app.testid('poster-skdn')).toContainText('S30');
  await expect(app.testid('poster-stunting')).toContainText('Stunting');
  for (const paper of ['A4', 'A3']) {
    await app.testid('paper').selectOption(paper);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, `posters-${paper.toLowerCase()}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    // One sheet per poster, the SKDN legend on the sheet with its chart, on one line.
    const sheets = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((s) => s.trim());
    assert.equal(sheets.length, 2, `${paper}: ${sheets.length} sheets`);
    assert.ok(sheets[0].includes('Balok SKDN'), `${paper}: ${sheets[0]}`);
    assert.match(sheets[0], /S = semua balita · K = punya KMS\/Buku KIA · D = ditimbang · N = naik berat badannya/);
    assert.ok(sheets[1].includes('Stunting'), `${paper}: ${sheets[1]}`);
  }
});

test('the cadre judges N from the curve where KBM says T', async () => {
  const day = new WeighingDay(app);
  await day.open();
  await day.setDate(iso(thisMonth));
  await day.pick('Anak 21');
  await app.testid('save-measurement').click();
  await expect(app.testid('gain')).toContainText('T — tidak naik');
  await app.testid('curve-N').click();
  await expect(app.testid('gain')).toContainText('N — naik');
  await app.go('laporan');
  await expect(app.testid('referrals').locator('li')).toHaveCount(7);
});
