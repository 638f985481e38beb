// The PPKBD's KB register end to end: 10 couples registered, their KB status and wish
// recorded on the family page (a change of method keeps the old entry), the monthly
// report numbers checked on screen, in the CSV and in print, the 4T thresholds changed,
// and the Peta Keluarga placed, reloaded and printed to PDF on A4 and A3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { sessionForFile } from './session.mjs';
import { expect } from './expect.mjs';
import { FamiliesPage, FamilyMapPage, KbPanel, SettingsPage, pickPerson } from './pages.mjs';

/** Python: the cell types, formula count and shared strings of an .xlsx's first sheet. */
const XLSX_CELLS = `
import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read('xl/worksheets/sheet1.xml').decode()
strings = re.findall(r'<t[^>]*>([^<]*)</t>', z.read('xl/sharedStrings.xml').decode())
print(json.dumps({'types': sorted(set(re.findall(r'<c [^>]*?t="([^"]+)"', sheet))),
  'untyped': len(re.findall(r'<c (?![^>]*t=)', sheet)), 'formulas': sheet.count('<f'), 'strings': strings}))
`;

const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });
const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date();
const yearsAgo = (n) => iso(new Date(Date.UTC(today.getFullYear() - n, 0, 15)));
const thisMonth = iso(new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1)));
const lastYear = iso(new Date(Date.UTC(today.getFullYear() - 1, 5, 1)));

// wife age, method (or none), wish, pregnant; the two youngest users use a method for
// the first time in their lives (KB baru), the others are long-time users newly written down.
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

let page;
let app;
sessionForFile((session) => ({ page, app } = session));

test('10 couples are registered with their KB status and wish', async () => {
  const settings = new SettingsPage(app);
  await settings.setUpArea({ village: 'Desa Sukamaju', rw: 'RW 01', rts: ['RT 01'], posyandu: 'Posyandu Melati', kampungKb: 'Kampung KB Melati' });
  const families = new FamiliesPage(app);
  const kb = new KbPanel(app);
  for (const [i, [age, method, wish, pregnant]] of COUPLES.entries()) {
    const n = String(i + 1).padStart(2, '0');
    await families.addFamily({ address: `Jl. Kenari ${n}`, rt: 'RT 01 / RW 01' }, [
      { name: `Suami ${n}`, sex: 'Laki-laki', birth: yearsAgo(age + 3), relation: 'Kepala keluarga', marital: 'Kawin' },
      // The 18-year-old married this month: the month's marriages under 19.
      { name: `Istri ${n}`, sex: 'Perempuan', birth: yearsAgo(age), relation: 'Istri', marital: 'Kawin', marriageAge: age < 20 ? '18' : '21', marriedOn: age < 20 ? thisMonth : '' },
    ]);
    const firstUse = Boolean(method) && age <= 26;
    await kb.record(`Istri ${n}`, { method, since: method ? thisMonth : lastYear, wish, pregnant, firstUse });
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

const totalRow = () => page.$$eval('[data-testid="kb-table"] tbody tr:last-child td', (cells) => cells.map((c) => c.textContent.trim()));
/** The village total of one column, found by its header. */
async function total(column) {
  const headers = await page.$$eval('[data-testid="kb-table"] thead th', (cells) => cells.map((c) => c.textContent.trim()));
  const index = headers.indexOf(column) - 1; // the first header names the rows
  assert.ok(index >= 0, `no column ${column} in ${headers.join('|')}`);
  return (await totalRow())[index];
}

test('the monthly PPKBD report counts the register', async () => {
  await app.go('laporan');
  await app.testid('open-kb-report').click();
  await app.testid('kb-report').waitFor();
  const total = await totalRow();
  // PUS, aktif, modern, baru, ulang (Istri 06 after a time without a method), ganti cara,
  // KBPP, MKJP, DO, IAT, TIAL, unmet, hamil, 4T, hamil < 20, kawin < 19, kawin < 18, mix
  // 4T: the 18-year-old and the wife of 36; the wife of 41 is past the 35–40 band.
  assert.deepEqual(total.slice(0, 17), ['10', '7', '7', '2', '1', '0', '0', '3', '0', '0', '1', '1', '1', '2', '0', '1', '0']);
  assert.match(total[17], /IUD 1.*Implan 1.*Suntik 1.*Pil 2.*Kondom 1/);
  const rows = await page.$$eval('[data-testid="kb-table"] tbody th', (cells) => cells.map((c) => c.textContent.trim()));
  assert.deepEqual(rows, ['RT 01 / RW 01', 'RW 01', 'Jumlah']);
  await expect(app.testid('kb-cpr')).toContainText('70,0%');
  await expect(app.testid('kb-mcpr')).toContainText('70,0%');
  await expect(app.testid('kb-unmet')).toContainText('10,0%');
  await expect(app.testid('kb-report')).toContainText('Pertemuan rutin');
  const bars = await app.testid('kb-methods').locator('text').allTextContents();
  assert.ok(bars.some((b) => b.trim() === 'Pil') && bars.some((b) => b.trim() === '2'), bars.join('|'));
  const teen = await page.$$eval('[data-testid="kb-teen"] tbody tr:last-child td', (cells) => cells.map((c) => c.textContent.trim()));
  assert.equal(teen.length, 12);
  assert.equal(teen[11], '0 / 1');
  await page.locator('[data-testid="kb-report"]').screenshot({ path: join(OUT, 'kb-report.png') });
  await app.testid('rumah-dataku').screenshot({ path: join(OUT, 'kb-dataku.png') });
});

test('the report downloads as CSV with the same numbers and prints on A4', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), app.testid('kb-csv').click()]);
  assert.match(download.suggestedFilename(), /^laporan-kb-\d{4}-\d{2}\.csv$/);
  const path = join(OUT, 'laporan-kb.csv');
  await download.saveAs(path);
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^"Bulan","Tingkat","Wilayah","PUS","KB aktif","KB modern","KB baru","KB ulang","Ganti cara","KBPP"/);
  assert.match(lines[3], /"Desa","Jumlah","10","7","7","2","1","0","0","3","0","0","1","1","1","2","0","1","0","1","1","0","1","1","2","1","0","0","70,0","70,0","10,0"$/);
  // The paper's charts get their images once the screen is drawn, before any print.
  await page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll('img.chart.print-only')];
    return imgs.length === 4 && imgs.every((i) => i.complete && i.naturalWidth > 0);
  });
  const pdf = join(OUT, 'kb-report.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // The titles are drawn inside the charts' SVG (the page has them only as alt text).
  for (const title of ['Peserta KB aktif per metode', 'KB modern (mCPR, % PUS), 12 bulan']) {
    assert.ok(text.includes(title), `${title} printed`);
  }
});

test('the report downloads as Excel with every cell a text cell', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), app.testid('kb-xlsx').click()]);
  assert.match(download.suggestedFilename(), /^laporan-kb-\d{4}-\d{2}\.xlsx$/);
  const path = join(OUT, 'laporan-kb.xlsx');
  await download.saveAs(path);
  // Read by Python's zipfile, not by the app's own reader.
  const cells = JSON.parse(
    execFileSync('python3', ['-c', XLSX_CELLS, path], { encoding: 'utf8' })
  );
  assert.equal(cells.formulas, 0);
  assert.equal(cells.untyped, 0, 'no number cell');
  assert.deepEqual(cells.types, ['s'], 'every cell a shared-string (text) cell');
  assert.ok(cells.strings.includes('Jumlah') && cells.strings.includes('70,0'), cells.strings.join('|'));
});

test('the 4T thresholds set in Pengaturan change the count, and a bad value is refused at the field', async () => {
  await app.go('pengaturan');
  const form = app.testid('four-t-form');
  await form.getByTestId('too_old_above').fill('tiga puluh');
  await form.getByTestId('save-four-t').click();
  await expect(page.locator('#e-too_old_above')).toContainText('Tulis angka saja');
  await form.getByTestId('too_old_above').fill('30');
  await form.getByTestId('save-four-t').click();
  await expect(app.testid('notice')).toContainText('Batas 4T disimpan');
  await app.go('laporan/kb');
  assert.equal(await total('4T'), '3', 'the wife of 33 is now terlalu tua');
  await app.go('pengaturan');
  await app.testid('restore-four-t').click();
  await app.go('laporan/kb');
  assert.equal(await total('4T'), '2');
});

test('Peta Keluarga: each house placed once shows its KB symbol, survives a reload, and prints on A4 and A3', async () => {
  const map = new FamilyMapPage(app);
  await map.open();
  await expect(app.testid('map-title')).toContainText('Peta Keluarga RT 01 / RW 01');
  for (let i = 0; i < COUPLES.length; i++) {
    await map.place(`Suami ${String(i + 1).padStart(2, '0')}`, i % 5, Math.floor(i / 5) * 2);
  }
  await expect(app.testid('map-unplaced')).toHaveCount(1);
  assert.equal(await app.testid('map-unplaced').locator('li').count(), 0);
  await expect(map.cell(0, 0)).toContainText('1IUD');
  await expect(map.cell(4, 0)).toContainText('5TIAL');
  await expect(map.cell(2, 2)).toContainText('8H');
  // Moving a house: tap it, tap an empty cell; tapping another house chooses that one.
  await map.cell(4, 2).click();
  await map.cell(0, 0).click();
  await expect(app.testid('map-chosen')).toContainText('Suami 01');
  await map.cell(4, 2).click();
  await expect(app.testid('map-chosen')).toContainText('Suami 10');
  await map.cell(7, 3).click();
  await expect(map.cell(7, 3)).toContainText('10MOW');
  await expect(map.cell(4, 2)).toHaveClass(/plot/);
  // The legend is the cadre's: a new symbol and words; an empty label is refused; text stays text.
  await app.testid('edit-legend').click();
  await app.testid('legend-symbol-9').fill('HM');
  await app.testid('legend-symbol-9').dispatchEvent('change');
  await app.testid('legend-label-9').fill('');
  await app.testid('legend-label-9').dispatchEvent('change');
  await app.testid('save-legend').click();
  await expect(app.testid('legend-editor')).toContainText('Wajib diisi');
  await app.testid('legend-label-9').fill('Ibu hamil <img src=x onerror="window.pwned=1">');
  await app.testid('legend-label-9').dispatchEvent('change');
  await app.testid('save-legend').click();
  await expect(app.testid('map-legend')).toContainText('Ibu hamil <img src=x onerror="window.pwned=1"> (1)');
  await expect(app.testid('map-legend')).toHaveCount(1);
  assert.equal(await app.testid('map-legend').locator('img').count(), 0);
  await page.reload();
  await app.ready();
  await app.testid('family-map').waitFor();
  await expect(map.cell(2, 2)).toContainText('8HM');
  await expect(map.cell(7, 3)).toContainText('10MOW');
  await expect(app.testid('map-legend')).toContainText('IUD (1)');
  await expect(app.testid('map-names')).toContainText('Suami 01 (Jl. Kenari 01)');
  await page.screenshot({ path: join(OUT, 'family-map.png'), fullPage: true });
  writeFileSync(join(OUT, 'family-map-a4.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await app.testid('paper').selectOption('A3');
  await app.testid('print-names').uncheck();
  writeFileSync(join(OUT, 'family-map-a3.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
});

test('pills received and given leave a stock, and a low stock warns', async () => {
  await app.go('laporan/kb');
  const form = app.testid('supply-form');
  await form.getByTestId('supply_item').selectOption({ label: 'Pil KB (strip)' });
  await form.getByTestId('quantity').fill('10');
  await form.getByTestId('save-supply').click();
  await expect(app.testid('supply-levels')).toContainText('Pil KB (strip): sisa 10');
  await form.getByTestId('quantity').fill('banyak');
  await form.getByTestId('save-supply').click();
  await expect(page.locator('#e-quantity')).toContainText('Tulis angka saja');
  await form.getByTestId('quantity').fill('6');
  await pickPerson(form, 'given_to', 'Istri 03');
  await form.getByTestId('save-supply').click();
  await expect(app.testid('supply-levels')).toContainText('Pil KB (strip): sisa 4');
  await expect(app.testid('supply-low')).toContainText('Stok Pil KB (strip) hampir habis');
});

test('a wife under 15 is saved only after the cadre confirms her age; a grandmother is simply not a PUS', async () => {
  const families = new FamiliesPage(app);
  await families.addFamily({ address: 'Jl. Kenari 99', rt: 'RT 01 / RW 01' }, [
    { name: 'Kakek 99', sex: 'Laki-laki', birth: yearsAgo(76), relation: 'Kepala keluarga', marital: 'Kawin' },
    { name: 'Nenek 99', sex: 'Perempuan', birth: yearsAgo(74), relation: 'Istri', marital: 'Kawin' },
  ]);
  const nenek = page.locator('[data-testid="member-list"] li', { hasText: 'Nenek 99' });
  await expect(nenek).toHaveCount(1);
  assert.equal(await nenek.getByTestId('kb-panel').count(), 0, 'not a PUS: no KB panel');
  await app.testid('add-member').click();
  await app.testid('person-form').waitFor();
  await app.testid('name').fill('Istri Muda 99');
  await app.testid('sex').selectOption({ label: 'Perempuan' });
  await app.testid('birth_date').fill(yearsAgo(14));
  await app.testid('relation').selectOption({ label: 'Istri' });
  await app.testid('marital_status').selectOption({ label: 'Kawin' });
  await app.testid('save').click();
  await expect(app.testid('wife-age')).toContainText('di bawah 15 tahun');
  await expect(app.testid('person-form')).toHaveCount(1);
  assert.equal(await app.testid('family-page').count(), 0, 'not saved yet');
  await app.testid('confirm_wife_age').check();
  await app.testid('save').click();
  await app.testid('family-page').waitFor();
  await expect(page.locator('[data-testid="member-list"] li', { hasText: 'Istri Muda 99' })).toHaveCount(1);
});

test('an empty KB form is refused at its fields; a mistaken entry is corrected, another deleted', async () => {
  const families = new FamiliesPage(app);
  await families.addFamily({ address: 'Jl. Kenari 77', rt: 'RT 01 / RW 01' }, [
    { name: 'Suami 77', sex: 'Laki-laki', birth: yearsAgo(35), relation: 'Kepala keluarga', marital: 'Kawin' },
    { name: 'Istri 77', sex: 'Perempuan', birth: yearsAgo(30), relation: 'Istri', marital: 'Kawin', marriageAge: '21' },
  ]);
  const wife = page.locator('[data-testid="member-list"] li', { hasText: 'Istri 77' });
  await wife.getByTestId('record-kb').click();
  await wife.getByTestId('save-kb').click();
  await expect(page.locator('#e-kb_method')).toContainText('Wajib diisi');
  await expect(page.locator('#e-kb_since')).toContainText('Wajib diisi');
  await expect(wife.getByTestId('kb-status')).toContainText('Status KB belum dicatat');
  await wife.getByTestId('kb-form').getByTestId('kb_method').selectOption({ label: 'Pil' });
  await wife.getByTestId('kb-form').getByTestId('kb_since').fill(lastYear);
  await wife.getByTestId('save-kb').click();
  await expect(wife.getByTestId('kb-status')).toContainText('Pil');
  // She has had an IUD all along: the entry is corrected, not followed by a new one.
  await wife.getByTestId('kb-history').locator('summary').click();
  await wife.getByTestId('edit-kb').click();
  await expect(wife.getByTestId('kb-correcting')).toBeVisible();
  await wife.getByTestId('kb-form').getByTestId('kb_method').selectOption({ label: 'IUD' });
  await wife.getByTestId('save-kb').click();
  await expect(wife.getByTestId('kb-status')).toContainText('IUD');
  await expect(wife.getByTestId('kb-entry')).toHaveCount(1);
  // A second entry by mistake is deleted after "Yakin hapus …?".
  await new KbPanel(app).record('Istri 77', { method: 'Suntik', since: thisMonth, wish: 'Ingin anak ditunda (IAT)' });
  await expect(wife.getByTestId('kb-entry')).toHaveCount(2);
  page.once('dialog', (dialog) => dialog.accept());
  await wife.getByTestId('delete-kb').first().click();
  await expect(wife.getByTestId('kb-entry')).toHaveCount(1);
  await expect(wife.getByTestId('kb-status')).toContainText('IUD');
  await page.screenshot({ path: join(OUT, 'kb-history.png'), fullPage: true });
});
