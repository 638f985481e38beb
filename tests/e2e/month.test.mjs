// The cadre's month at 360 px (#12): a new phone, only taps and typing — the first-run
// set-up, families, a weighing day with its summary, a KB status, a backup with its
// preview — asserting each fix and screenshotting each screen.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { phone, assertNoPageErrors } from './browser.mjs';
import { expect } from './expect.mjs';
import {
  AccompanimentPage, App, ChildrenPage, FamiliesPage, FamilyMapPage, KbPanel, SettingsPage, WeighingDay, pickPerson,
} from './pages.mjs';
import { axeViolations, smallTargets } from './audit.mjs';

const DIST = process.env.BAKTI_DIST ?? 'dist';
const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });

let server;
let context;
let page;
let app;

before(async () => {
  server = await serve(DIST);
  context = await phone();
  page = await context.newPage();
  app = new App(page, server.url);
});

afterEach(() => assertNoPageErrors(context));

after(async () => {
  await context?.close();
  await server?.close();
});

const location = () => page.url().split('#')[1] ?? '';

/** The page is no wider than the phone: nothing typed widens a screen. */
async function fitsThePhone() {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) {
    // Name the widest element, so the failure says what to fix.
    const culprit = await page.evaluate(() => {
      let widest = null;
      for (const el of document.querySelectorAll('main *')) {
        const r = el.getBoundingClientRect();
        if (r.right > 360 && (!widest || r.width < widest.width)) widest = { tag: el.tagName, cls: el.className, testid: el.dataset.testid, width: r.width, right: r.right };
      }
      return JSON.stringify(widest);
    });
    assert.fail(`the page is ${width} px wide on a 360 px phone (${location()}): ${culprit}`);
  }
}

async function shot(name) {
  await fitsThePhone();
  await page.screenshot({ path: join(OUT, `month-${name}.png`), fullPage: true });
}

test('a new phone opens on a three-step set-up, not an empty home', async () => {
  await app.open();
  await expect(app.testid('setup')).toBeVisible();
  await expect(app.testid('setup-step')).toContainText('Langkah 1 dari 3');
  await app.testid('setup-next').click();
  await expect(page.locator('#e-setup_name')).toContainText('Wajib diisi.');
  await app.testid('setup_name').fill('Ibu Wati');
  await app.testid('setup_role').selectOption({ label: 'Kader posyandu' });
  await shot('setup-1');
  await app.testid('setup-next').click();

  await expect(app.testid('setup-step')).toContainText('Langkah 2 dari 3');
  await app.testid('setup_village').fill('Sukamaju');
  await app.testid('setup_rw').fill('03');
  await app.testid('setup-add-rw').click();
  await expect(page.locator('#e-setup_rts')).toContainText('Wajib diisi.');
  await app.testid('setup_rts').fill('01, 02');
  await app.testid('setup-add-rw').click();
  await expect(app.testid('setup-rws')).toContainText('RW 03: RT 01, RT 02');
  // An RW typed but not added is added by "Lanjut".
  await app.testid('setup_rw').fill('04');
  await app.testid('setup_rts').fill('01');
  await shot('setup-2');
  await app.testid('setup-next').click();

  await expect(app.testid('setup-step')).toContainText('Langkah 3 dari 3');
  await app.testid('setup_posyandu').fill('Posyandu Mawar');
  await shot('setup-3');
  await app.testid('setup-done').click();

  await expect(app.testid('greeting')).toContainText('Halo, Ibu Wati');
  await app.go('pengaturan');
  await expect(app.testid('areas-rt')).toContainText('RT 01 / RW 03');
  await expect(app.testid('areas-rt')).toContainText('RT 01 / RW 04');
  await expect(app.testid('areas-posyandu')).toContainText('Posyandu Mawar');
  // The working area is the second card of Pengaturan, right after the cadre.
  const cards = await page.locator('main > .card h2').allTextContents();
  assert.equal(cards[1], 'Wilayah kerja');
  // An RT needs its RW when there are several.
  await app.testid('area-name-rt').fill('05');
  await app.testid('area-add-rt').click();
  await expect(app.testid('areas')).toContainText('Pilih dulu RW tempat RT ini.');
  await shot('settings');
});

const MOTHER = { name: 'Rina Marlina', sex: 'Perempuan', birth: '1995-04-04', relation: 'Istri', marital: 'Kawin', marriageAge: '21', education: 'SMA/sederajat' };
// Five children of three families; Dimas is far under −3 SD for his age.
const CHILDREN = [
  { name: 'Putri Ayu', sex: 'Perempuan', birth: '2025-03-10', kg: '9.2', cm: '78' },
  { name: 'Dimas Pratama', sex: 'Laki-laki', birth: '2024-01-15', kg: '8.0', cm: '80' },
  { name: 'Sekar Arum', sex: 'Perempuan', birth: '2025-09-01', kg: '8.6', cm: '74' },
  { name: 'Bayu Aji', sex: 'Laki-laki', birth: '2023-06-20', kg: '13.0', cm: '93' },
  { name: 'Nur Aini', sex: 'Perempuan', birth: '2026-02-14', kg: '7.0', cm: '65' },
];

test('three families with five children, every child at the posyandu', async () => {
  const families = new FamiliesPage(app);
  const groups = [CHILDREN.slice(0, 2), CHILDREN.slice(2, 4), CHILDREN.slice(4)];
  for (const [i, kids] of groups.entries()) {
    await families.addFamily(
      { address: `Dusun Krajan ${i + 1}`, rt: 'RT 01 / RW 03' },
      [{ ...MOTHER, name: `${MOTHER.name} ${i + 1}`, relation: 'Kepala keluarga' },
        ...kids.map((c) => ({ ...c, relation: 'Anak' }))],
    );
  }
  await shot('family-page');
  await app.go('anak');
  await expect(app.testid('child-row')).toHaveCount(5);
  await shot('children');
});

test('a weighing day: BB has the cursor, Simpan in reach, each result in words, a summary with names', async () => {
  const day = new WeighingDay(app);
  await day.open();
  for (const child of CHILDREN) {
    await app.testid('child-search').fill(child.name);
    await page.locator('[data-testid="weighing-row"]', { hasText: child.name }).click();
    await app.testid('measurement-form').waitFor();
    // The cursor is in BB: typing goes straight into the weight.
    await expect(app.testid('weight_kg')).toBeFocused();
    await page.keyboard.type(child.kg);
    await app.testid('lenhei_cm').fill(child.cm);
    // Simpan is on the screen without scrolling.
    const box = await app.testid('save-measurement').boundingBox();
    assert.ok(box && box.y + box.height <= 740 - 56, `Simpan at ${box?.y} is under the bottom bar`);
    if (child === CHILDREN[0]) await shot('weighing-form');
    await app.testid('save-measurement').click();
    await app.testid('next-child').waitFor();
  }
  const dimas = page.locator('[data-testid="weighing-row"]', { hasText: 'Dimas' });
  await app.testid('child-search').fill('');
  await expect(dimas.getByTestId('weighing-status')).toHaveText('⚠ Perlu dirujuk');
  await expect(page.locator('[data-testid="weighing-row"]', { hasText: 'Putri' }).getByTestId('weighing-status')).toHaveText('✓ baik');
  await app.testid('finish-day').click();
  await expect(app.testid('day-summary')).toContainText('Ditimbang (D): 5 dari 5 anak');
  await expect(app.testid('summary-refer')).toContainText('Dimas Pratama');
  await shot('day-summary');

  // Dimas stays marked wherever he appears.
  await app.go('anak');
  await expect(page.locator('[data-testid="child-row"]', { hasText: 'Dimas' }).getByTestId('referral-flag')).toHaveText('⚠ Perlu dirujuk');
  await expect(page.locator('[data-testid="child-row"]', { hasText: 'Putri' }).getByTestId('referral-flag')).toHaveCount(0);
  await page.locator('[data-testid="child-row"]', { hasText: 'Dimas' }).click();
  await expect(app.testid('child-page').getByTestId('referral-flag')).toBeVisible();
  await shot('child-page');
  // The growth chart printed on A4 for the mother.
  await page.evaluate(() => { window.print = () => {}; });
  await app.testid('print-child').click();
  await page.locator('.print-charts svg').nth(2).waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(join(OUT, 'month-child-card.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  await app.go('');
  await expect(app.testid('todo')).toContainText('1 balita perlu dirujuk');
  await shot('home');
});

test('a KB status, the KB report, Peta Keluarga, a TPK visit, a meeting and a cash entry', async () => {
  await app.go('keluarga');
  await page.locator('[data-testid="family-row"]', { hasText: 'Rina Marlina 1' }).click();
  await new KbPanel(app).record('Rina Marlina 1', { method: 'Suntik', since: '2025-01-10' });
  await expect(app.testid('member-list')).toContainText('Suntik');
  await shot('kb-status');
  // A long-time IUD user who does not know when she started: no date asked, never KB baru.
  await app.go('keluarga');
  await page.locator('[data-testid="family-row"]', { hasText: 'Rina Marlina 2' }).click();
  const wife = page.locator('[data-testid="member-list"] li', { hasText: 'Rina Marlina 2' });
  await wife.getByTestId('record-kb').click();
  await wife.getByTestId('kb_method').selectOption({ label: 'IUD' });
  await wife.getByTestId('kb_since_unknown').check();
  await expect(wife.getByTestId('kb_since')).toHaveCount(0);
  await wife.getByTestId('kb_children_born').fill('4');
  await wife.getByTestId('save-kb').click();
  await expect(wife.getByTestId('kb-history')).toContainText('sudah lama (tanggal tidak tahu)');
  await expect(wife.getByTestId('kb-4t')).toContainText('banyak');
  await app.go('laporan/kb');
  await expect(app.testid('kb-table')).toContainText('RT 01 / RW 03');
  await shot('kb-report');

  // Peta Keluarga is one tap from Keluarga.
  await app.go('keluarga');
  await app.testid('families-map').click();
  const map = new FamilyMapPage(app);
  await app.testid('family-map').waitFor();
  await map.place('Rina Marlina 1', 0, 0);
  await shot('family-map');

  const tpk = new AccompanimentPage(app);
  await tpk.open();
  await app.testid('add-pregnancy').click();
  const form = app.testid('pregnancy-form');
  await pickPerson(form, 'mother', 'Rina Marlina 3');
  const hpht = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
  await form.getByTestId('hpht').fill(hpht);
  await form.getByTestId('save-pregnancy').click();
  await tpk.openPerson('pregnant', 'Rina Marlina 3');
  await tpk.recordVisit({ adult_arm: '24', hb: '11,5' });
  await expect(app.testid('visits')).toContainText('LILA 24 cm');
  // ANC: at 14 weeks with nothing written, K1 with a doctor is overdue.
  await expect(app.testid('anc-progress')).toContainText('ANC 0 dari 6');
  await expect(app.testid('anc-progress')).toContainText('terlambat: K1 (dengan dokter)');
  const anc = app.testid('anc-form');
  await anc.getByTestId('anc_date').fill(new Date(Date.now() - 50 * 86_400_000).toISOString().slice(0, 10));
  await anc.getByTestId('anc_doctor').check();
  await anc.getByTestId('save-anc').click();
  await expect(app.testid('anc-progress')).toContainText('ANC 1 dari 6 (dokter 1 dari 2)');
  await expect(app.testid('anc-contact')).toHaveCount(1);
  await shot('tpk-visit');

  await app.go('kegiatan');
  const activity = app.testid('activity-form');
  await activity.getByTestId('topic').fill('Pertemuan rutin Kelompok KB');
  await activity.getByTestId('participants').fill('14');
  await activity.getByTestId('save-activity').click();
  await expect(app.testid('activities')).toContainText('Pertemuan rutin Kelompok KB');
  const cash = app.testid('cash-form');
  await cash.getByTestId('amount').fill('20000');
  await cash.getByTestId('save-cash').click();
  await expect(app.testid('cash-balance')).toContainText('Saldo: Rp 20.000');
  await shot('activities');
});

test('every main screen: no axe-core violation, every control at least 44 px', async () => {
  const familyHref = await (async () => {
    await app.go('keluarga');
    return page.getByTestId('family-row').first().getAttribute('href');
  })();
  const childHref = await (async () => {
    await app.go('anak');
    return page.getByTestId('child-row').first().getAttribute('href');
  })();
  const screens = ['', 'anak', 'keluarga', familyHref.replace('#/', ''), childHref.replace('#/', ''),
    'keluarga/baru', 'anak/baru', 'pendampingan', 'laporan', 'laporan/poster', 'laporan/kb',
    'laporan/peta', 'kegiatan', 'pengaturan'];
  const found = [];
  for (const screen of screens) {
    await app.go(screen);
    await page.waitForTimeout(150);
    for (const v of await axeViolations(page)) found.push(`#/${screen}: ${v}`);
    for (const s of await smallTargets(page)) found.push(`#/${screen}: small target ${s}`);
  }
  // The weighing day with a child open.
  await new WeighingDay(app).open();
  await page.getByTestId('weighing-row').first().click();
  for (const v of await axeViolations(page)) found.push(`weighing: ${v}`);
  for (const s of await smallTargets(page)) found.push(`weighing: small target ${s}`);
  assert.deepEqual(found, []);
});

test('no text of any length widens a screen or escapes a chart', async () => {
  const token = 'X'.repeat(33);
  const endless = 'Panjang'.repeat(715); // 5 005 characters, no space
  const families = new FamiliesPage(app);
  await families.addFamily({ address: `Jalan ${token}`, rt: 'RT 02 / RW 03' }, [
    { ...MOTHER, name: `Ibu ${token}`, relation: 'Kepala keluarga' },
    { name: endless, sex: 'Perempuan', birth: '2025-05-05', relation: 'Anak' },
  ]);
  await fitsThePhone();
  await shot('long-family');
  for (const screen of ['', 'keluarga', 'anak', 'laporan', 'laporan/kb', 'pendampingan']) {
    await app.go(screen);
    await fitsThePhone();
  }
  await app.go('anak');
  await page.locator('[data-testid="child-row"]', { hasText: 'PanjangPanjang' }).click();
  await app.testid('child-page').waitFor();
  await fitsThePhone();
  // The chart's title is cut inside the drawing.
  const title = await app.testid('growth-chart').locator('svg text').first().textContent();
  assert.ok(title.trim().endsWith('…') && title.length < 60, `chart title "${title.slice(0, 80)}"`);
  await page.screenshot({ path: join(OUT, 'month-long-child.png') });
  const day = new WeighingDay(app);
  await day.open();
  await fitsThePhone();
});

test('a backup says where the file is; a new phone sees what it holds, merges on "Gabungkan", and can undo', async () => {
  const settings = new SettingsPage(app);
  await settings.setPassphrase('kata sandi desa sukamaju');
  const download = await settings.backupDownload();
  await expect(app.testid('notice')).toContainText('folder Download');
  await expect(app.testid('notice')).toContainText(download.suggestedFilename());
  await expect(app.testid('notice')).toContainText('WhatsApp');
  await shot('backup-where');
  const file = join(OUT, 'month-backup.json');
  await download.saveAs(file);

  const other = await phone();
  try {
    const newPhone = new App(await other.newPage(), server.url);
    await newPhone.open();
    // The set-up offers the way to restore instead.
    await newPhone.testid('setup-restore').click();
    await newPhone.testid('restore-passphrase').fill('kata sandi desa sukamaju');
    await newPhone.testid('restore-file').setInputFiles(file);
    await expect(newPhone.testid('restore-preview')).toContainText('4 keluarga, 10 orang, 5 penimbangan');
    await expect(newPhone.testid('restore-preview')).toContainText('akan ditambah');
    await newPhone.page.screenshot({ path: join(OUT, 'month-restore-preview.png'), fullPage: true });
    // Nothing is merged before "Gabungkan".
    await newPhone.go('keluarga');
    await expect(newPhone.testid('family-row')).toHaveCount(0);
    await newPhone.go('pengaturan');
    await newPhone.testid('restore-file').setInputFiles(file);
    await newPhone.testid('restore-merge').click();
    await expect(newPhone.testid('notice')).toContainText('Dipulihkan:');
    await newPhone.go('keluarga');
    await expect(newPhone.testid('family-row')).toHaveCount(4);
    // Wrong file? The merge is taken back once.
    await newPhone.go('pengaturan');
    await newPhone.testid('restore-undo').click();
    await expect(newPhone.testid('notice')).toContainText('Penggabungan dibatalkan');
    await expect(newPhone.testid('restore-undo-card')).toHaveCount(0);
    await newPhone.go('keluarga');
    await expect(newPhone.testid('family-row')).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test('"Tambah anak" from Anak finds the mother and joins her family', async () => {
  await app.go('keluarga');
  const families = await app.testid('family-row').count();
  await app.go('anak/baru');
  await app.testid('name').fill('Bima Sakti');
  await app.testid('sex').selectOption({ label: 'Laki-laki' });
  await app.testid('birth_date').fill('2026-06-01');
  await pickPerson(page, 'child_mother', 'Rina Marlina 2');
  await expect(app.testid('joins-family')).toContainText('Rina Marlina 2');
  await shot('new-child-mother');
  await app.testid('save').click();
  await app.testid('child-page').waitFor();
  await expect(app.testid('child-page')).toContainText('Rina Marlina 2');
  await app.go('keluarga');
  await expect(app.testid('family-row')).toHaveCount(families);
  await page.locator('[data-testid="family-row"]', { hasText: 'Rina Marlina 2' }).click();
  await expect(app.testid('member-list')).toContainText('Bima Sakti');
  await app.go('anak');
  await expect(page.locator('[data-testid="child-row"]', { hasText: 'Bima Sakti' })).toHaveCount(1);
});

test('imunisasi: the schedule on the child page, a dose written, doses due on the posyandu day', async () => {
  await app.go('anak');
  await page.locator('[data-testid="child-row"]', { hasText: 'Nur Aini' }).click();
  const card = app.testid('immunisation');
  // Nine months old with nothing written: BCG is late, MR 1 is due now.
  await expect(card.getByTestId('dose').filter({ hasText: 'BCG' })).toContainText('terlambat');
  await expect(card.getByTestId('dose').filter({ hasText: 'MR 1' })).toContainText('waktunya');
  await card.getByTestId('dose_vaccine').selectOption({ label: 'BCG' });
  await card.getByTestId('dose_date').fill('2026-03-20');
  await card.getByTestId('save-dose').click();
  await expect(card.getByTestId('dose').filter({ hasText: 'BCG' })).toContainText('✓ 20 Mar 2026');
  await shot('immunisation');
  // On the posyandu day she is listed with what is due, and MR 1 is ticked at her weighing.
  const day = new WeighingDay(app);
  await day.open();
  await expect(app.testid('doses-due')).toContainText('Nur Aini');
  await app.testid('child-search').fill('Nur Aini');
  await page.locator('[data-testid="weighing-row"]', { hasText: 'Nur Aini' }).click();
  await app.testid('give-mr1').check();
  await app.testid('save-measurement').click();
  await app.testid('next-child').waitFor();
  await app.go('anak');
  await page.locator('[data-testid="child-row"]', { hasText: 'Nur Aini' }).click();
  await expect(app.testid('immunisation').getByTestId('dose').filter({ hasText: 'MR 1' })).toContainText('✓');
  await app.go('laporan');
  await expect(app.testid('idl')).toContainText('Imunisasi dasar lengkap (IDL)');
});

test('rujukan balik: a referred child stays on the list until the cadre writes she was seen', async () => {
  await app.go('laporan');
  const row = app.testid('referrals').locator('li', { hasText: 'Dimas' });
  await expect(row.getByTestId('referral-status')).toContainText('belum ada kabar rujukan balik');
  await app.go('anak');
  await page.locator('[data-testid="child-row"]', { hasText: 'Dimas' }).click();
  const form = app.testid('referral-back');
  await form.getByTestId('referral_result').fill('');
  await form.getByTestId('save-referral-back').click();
  await expect(page.locator('#e-referral_result')).toContainText('Wajib diisi');
  await form.getByTestId('seen_place').fill('Puskesmas Sukamaju');
  await form.getByTestId('referral_result').fill('Gizi buruk: PMT pemulihan dan kontrol 2 minggu');
  await form.getByTestId('save-referral-back').click();
  await expect(app.testid('referral-outcome')).toContainText('Puskesmas Sukamaju');
  await expect(app.testid('child-page').getByTestId('referral-flag')).toContainText('sudah diperiksa');
  await shot('referral-back');
  await app.go('');
  await expect(app.testid('greeting')).toBeVisible();
  assert.ok(!((await app.testid('todo').allTextContents()).join(' ').includes('balita perlu dirujuk')));
  await app.go('laporan');
  await expect(app.testid('referrals').locator('li', { hasText: 'Dimas' }).getByTestId('referral-status')).toContainText('Gizi buruk');
});

test('a kecamatan phone reads two desa side by side from their backup files', async () => {
  // A second desa, on its own phone, with its own passphrase.
  const second = await phone();
  const pkb = await phone();
  try {
    const other = new App(await second.newPage(), server.url);
    await other.open();
    await other.testid('setup_name').fill('Ibu Sari');
    await other.testid('setup-next').click();
    await other.testid('setup_village').fill('Mekarsari');
    await other.testid('setup_rw').fill('01');
    await other.testid('setup_rts').fill('01');
    await other.testid('setup-next').click();
    await other.testid('setup_posyandu').fill('Posyandu Anggrek');
    await other.testid('setup-done').click();
    await other.testid('greeting').waitFor();
    await new ChildrenPage(other).addChild({ name: 'Raka', sex: 'Laki-laki', birth: '2025-08-08' });
    const otherSettings = new SettingsPage(other);
    await otherSettings.setPassphrase('kata sandi mekarsari');
    const download = await otherSettings.backupDownload();
    const secondFile = join(OUT, 'month-backup-mekarsari.json');
    await download.saveAs(secondFile);

    const kec = new App(await pkb.newPage(), server.url);
    await kec.open();
    await kec.skipSetup();
    await kec.go('laporan');
    await kec.testid('open-kecamatan').click();
    await kec.testid('kecamatan').waitFor();
    // A wrong passphrase adds nothing.
    await kec.testid('kec-passphrase').fill('salah sekali');
    await kec.testid('kec-file').setInputFiles(join(OUT, 'month-backup.json'));
    await expect(kec.testid('notice')).toContainText('Kata sandi desa salah');
    await kec.testid('kec-passphrase').fill('kata sandi desa sukamaju');
    await kec.testid('kec-file').setInputFiles(join(OUT, 'month-backup.json'));
    await expect(kec.testid('kec-desa')).toContainText('Sukamaju');
    await kec.testid('kec-passphrase').fill('kata sandi mekarsari');
    await kec.testid('kec-file').setInputFiles(secondFile);
    await expect(kec.testid('kec-desa')).toContainText('Mekarsari');
    const heads = await kec.page.locator('[data-testid="kec-table"] thead th').allTextContents();
    assert.deepEqual(heads.map((h) => h.trim()), ['Indikator', 'Mekarsari', 'Sukamaju']);
    const families = await kec.page.locator('[data-testid="kec-table"] tbody tr', { hasText: 'Keluarga' }).first().locator('td').allTextContents();
    assert.deepEqual(families, ['1', '4']);
    // The PKB's own register stays empty: the desa are only read.
    await kec.go('keluarga');
    await expect(kec.testid('family-row')).toHaveCount(0);
    await kec.go('laporan/kecamatan');
    await kec.testid('kec-table').waitFor();
    // Kept across a reload: each desa read back from the one value it is stored as.
    await kec.page.reload();
    await kec.go('laporan/kecamatan');
    await expect(kec.testid('kec-desa')).toContainText('Mekarsari');
    const kept = await kec.page.locator('[data-testid="kec-table"] tbody tr', { hasText: 'Keluarga' }).first().locator('td').allTextContents();
    assert.deepEqual(kept, ['1', '4']);
    // Several files chosen at once are added in turn up to the first refused, which
    // the banner names; the desa held stay as they were.
    await kec.testid('kec-passphrase').fill('kata sandi mekarsari');
    await kec.testid('kec-file').setInputFiles([secondFile, join(OUT, 'month-backup.json')]);
    await expect(kec.testid('notice')).toContainText('month-backup.json: Kata sandi desa salah');
    await expect(kec.testid('kec-desa').locator('li')).toHaveCount(2);
    await kec.page.screenshot({ path: join(OUT, 'month-kecamatan.png'), fullPage: true });
    await kec.page.emulateMedia({ media: 'print' });
    // On paper: the same table, in blocks of up to ten desa (here one).
    await expect(kec.page.locator('[data-testid="kec-print-table"]')).toHaveCount(1);
    assert.equal(await kec.testid('kec-print-table').locator('thead th').count(), 3);
    writeFileSync(join(OUT, 'month-kecamatan.pdf'), await kec.page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await second.close();
    await pkb.close();
  }
});
