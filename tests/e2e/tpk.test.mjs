// TPK accompaniment end to end: a pregnancy recorded from its HPHT, a visit with LILA
// and Hb that shows KEK and anaemia at once (a typo refused at the field), the delivery
// turning her into a nifas mother whose KB pasca persalinan is tracked, a catin
// screened, a baby listed as baduta, the month's recap, the family at risk of stunting,
// and all of it after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionForFile } from './session.mjs';
import { expect } from './expect.mjs';
import { AccompanimentPage, ChildrenPage, FamiliesPage, KbPanel, SettingsPage, pickPerson } from './pages.mjs';

const OUT = 'tests/e2e/out';
mkdirSync(OUT, { recursive: true });
const iso = (d) => d.toISOString().slice(0, 10);
const daysAgo = (n) => iso(new Date(Date.now() - n * 86_400_000));
const daysAhead = (n) => iso(new Date(Date.now() + n * 86_400_000));

let page;
let app;
sessionForFile((session) => ({ page, app } = session));

test('a pregnancy is recorded from its HPHT and listed with weeks, trimester and HPL', async () => {
  await new SettingsPage(app).setUpArea({ village: 'Desa Sukamaju', rw: 'RW 01', rts: ['RT 01'], posyandu: 'Posyandu Melati', kampungKb: 'Kampung KB Melati' });
  await new FamiliesPage(app).addFamily({ address: 'Jl. Anggrek 1', rt: 'RT 01 / RW 01', water: 'Sungai/danau' }, [
    { name: 'Pak Budi', sex: 'Laki-laki', birth: '1994-02-02', relation: 'Kepala keluarga', marital: 'Kawin' },
    { name: 'Bu Sari', sex: 'Perempuan', birth: '1997-03-03', relation: 'Istri', marital: 'Kawin', marriageAge: '22' },
    { name: 'Dik Lina', sex: 'Perempuan', birth: '2003-04-04', relation: 'Anak', marital: 'Belum kawin' },
  ]);
  const tpk = new AccompanimentPage(app);
  await tpk.open();
  assert.deepEqual(await tpk.recap('Ibu hamil'), ['0', '0', '0', '0']);
  await app.testid('add-pregnancy').click();
  const form = app.testid('pregnancy-form');
  await form.getByTestId('save-pregnancy').click();
  await expect(page.locator('#e-mother')).toContainText('Wajib diisi');
  await expect(page.locator('#e-hpht')).toContainText('Wajib diisi');
  await pickPerson(form, 'mother', 'Bu Sari');
  await form.getByTestId('hpht').fill(daysAhead(3));
  await form.getByTestId('save-pregnancy').click();
  await expect(page.locator('#e-hpht')).toContainText('Tanggal tidak boleh di masa depan');
  await form.getByTestId('hpht').fill(daysAgo(140));
  await form.getByTestId('save-pregnancy').click();
  await expect(tpk.targets('pregnant')).toContainText('Hamil 20 minggu 0 hari (trimester 2)');
  await expect(tpk.targets('pregnant')).toContainText('TTD 0/90');
});

test('a visit with low LILA and Hb shows KEK and anaemia at once; a typo is refused at the field', async () => {
  const tpk = new AccompanimentPage(app);
  await tpk.openPerson('pregnant', 'Bu Sari');
  await tpk.recordVisit({ adult_arm: '22,5', hb: '105', iron_tablets: '30', referred: true });
  await expect(page.locator('#e-hb')).toContainText('Harus antara 3 dan 20 g/dL');
  await expect(app.testid('visit-form')).toHaveCount(1);
  assert.equal(await app.testid('visits').count(), 0, 'nothing saved');
  await tpk.recordVisit({ hb: '10,5' });
  await expect(app.testid('visit-risks')).toContainText('Risiko KEK (LILA < 23,5 cm) · Anemia (Hb rendah)');
  await expect(app.testid('visits')).toContainText('LILA 22,5 cm · Hb 10,5 · TTD 30');
  await page.screenshot({ path: join(OUT, 'tpk-visit.png'), fullPage: true });
  await tpk.open();
  await expect(tpk.targets('pregnant')).toContainText('TTD 30/90');
  await expect(tpk.targets('pregnant')).toContainText('Risiko KEK');
  assert.deepEqual(await tpk.recap('Ibu hamil'), ['1', '1', '1', '1']);
  await app.go('');
  await expect(app.testid('todo')).toContainText('1 ibu hamil berisiko (KEK/anemia)');
  await page.screenshot({ path: join(OUT, 'home-todo.png') });
});

test('the delivery makes her a nifas mother; KB within 42 days counts as KBPP', async () => {
  const tpk = new AccompanimentPage(app);
  await tpk.open();
  await tpk.openPerson('pregnant', 'Bu Sari');
  const panel = app.testid('pregnancy-panel');
  await panel.getByTestId('delivered_on').fill(daysAgo(10));
  await panel.getByTestId('save-pregnancy').click();
  await expect(app.testid('accompany-targets')).toContainText('Nifas hari ke-10 · waktunya kunjungan KF3 · belum ber-KB (KBPP sampai hari ke-42)');
  await app.go('');
  await expect(app.testid('todo')).toContainText('1 ibu nifas belum ber-KB');
  await tpk.open();
  await tpk.openPerson('postpartum', 'Bu Sari');
  await page.getByRole('link', { name: 'Buka keluarga' }).click();
  await app.testid('family-page').waitFor();
  await new KbPanel(app).record('Bu Sari', { method: 'Suntik', since: daysAgo(1), wish: 'Ingin anak ditunda (IAT)' });
  await tpk.open();
  await expect(tpk.targets('postpartum')).toContainText('sudah KBPP');
  await expect(app.testid('tpk')).toHaveCount(1);
  assert.equal(await tpk.targets('pregnant').getByTestId('target-row').count(), 0);
});

test('a catin is screened: thin and anaemic, with the IMT shown', async () => {
  const tpk = new AccompanimentPage(app);
  await app.testid('add-catin').click();
  const form = app.testid('catin-form');
  await form.getByTestId('wedding_date').fill(daysAhead(60));
  await form.getByTestId('save-catin').click();
  await expect(page.locator('#e-catin_person')).toContainText('Wajib diisi');
  await pickPerson(form, 'catin_person', 'Dik Lina');
  await form.getByTestId('save-catin').click();
  await expect(tpk.targets('catin')).toContainText('Rencana nikah');
  // The wedding is two months away: the Elsimil screening (three months before) is late.
  await expect(tpk.targets('catin')).toContainText('skrining Elsimil terlambat');
  await tpk.openPerson('catin', 'Dik Lina');
  await tpk.recordVisit({ adult_weight: '40', adult_height: '150', adult_arm: '24', hb: '11,5', smoke: true });
  await expect(app.testid('visit-risks')).toContainText('Anemia (Hb rendah) · Kurus (IMT < 18,5) · Merokok');
  await expect(app.testid('visits')).toContainText('IMT 17,8');
  await tpk.open();
  await expect(tpk.targets('catin')).toContainText('berisiko (Anemia (Hb rendah), Kurus (IMT < 18,5), Merokok');
});

test('a newborn registered at the posyandu is a baduta target; everything survives a reload', async () => {
  await new ChildrenPage(app).addChild({ name: 'Bayi Sari', sex: 'Laki-laki', birth: daysAgo(10) });
  const tpk = new AccompanimentPage(app);
  await tpk.open();
  await expect(tpk.targets('baduta')).toContainText('Bayi Sari');
  await expect(tpk.targets('baduta')).toContainText('Umur 0 bulan');
  await page.reload();
  await app.ready();
  await app.testid('tpk').waitFor();
  await expect(tpk.targets('postpartum')).toContainText('Bu Sari');
  await expect(tpk.targets('catin')).toContainText('Dik Lina');
  assert.deepEqual(await tpk.recap('Catin'), ['1', '1', '1', '0']);
  await expect(app.testid('krs')).toContainText('Keluarga berisiko stunting (KRS) (1)');
  await expect(app.testid('krs').locator('li strong')).toHaveText('Pak Budi');
  await expect(app.testid('krs').locator('li .meta')).toContainText('Jl. Anggrek 1');
  await expect(app.testid('krs')).toContainText('Air minum tidak layak');
  await page.screenshot({ path: join(OUT, 'tpk-list.png'), fullPage: true });
  writeFileSync(join(OUT, 'tpk-list.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
});
