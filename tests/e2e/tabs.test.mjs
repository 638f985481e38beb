// Two tabs of one phone (one browser context): a write in one reaches the other at
// once, an edit made from a stale copy is refused and keeps what was typed, a deleted
// family is not revived, one child weighed in both tabs on one day is one weighing,
// and storage full / unavailable each say what happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sessionForFile } from './session.mjs';
import { expect } from './expect.mjs';
import { App, ChildrenPage, FamiliesPage, SettingsPage, WeighingDay } from './pages.mjs';

const STALE = 'Data ini baru diubah di tab lain';

let session;
let a;
let b;
sessionForFile((s) => {
  session = s;
  a = s.app;
});

async function secondTab() {
  const page = await session.context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  const app = new App(page, session.server.url);
  await app.open();
  return app;
}

/** The family's id in the URL of its page (`#/keluarga/<id>`), opened from the list. */
async function openFamily(app, search) {
  const families = new FamiliesPage(app);
  await families.open();
  await families.search(search);
  await families.rows().first().click();
  await app.testid('family-page').waitFor();
  return app.page.evaluate(() => window.location.hash.split('/')[2]);
}

async function storedCount(page, kind) {
  return page.evaluate(async (kind) => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('bakti'); r.onsuccess = () => resolve(r.result); });
    const all = await new Promise((resolve) => { const r = db.transaction('records').objectStore('records').getAll(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return all.filter((r) => r.kind === kind && !r.deleted).length;
  }, kind);
}

test('a family added in one tab shows in the other without a reload', async () => {
  a.page.on('dialog', (dialog) => dialog.accept());
  await new SettingsPage(a).setUpArea({ village: 'Desa Dua Tab', rw: 'RW 01', rts: ['RT 01'], posyandu: 'Posyandu Anggrek', kampungKb: 'Kampung KB Dua' });
  b = await secondTab();
  await new FamiliesPage(b).open();
  await new FamiliesPage(a).addFamily({ kk: '3201123456780001', address: 'Jl. Asli 1', rt: 'RT 01 / RW 01' }, [
    { name: 'Sari Dewanti', sex: 'Perempuan', birth: '1993-02-01', relation: 'Kepala keluarga', marital: 'Kawin', marriageAge: '22', education: 'SMA/sederajat' },
  ]);
  await expect(new FamiliesPage(b).rows()).toContainText('Sari Dewanti');
});

test('an edit from a stale copy is refused and keeps what was typed; the first edit stays', async () => {
  const id = await openFamily(a, 'sari');
  await b.go(`keluarga/${id}/ubah`);
  await a.go(`keluarga/${id}/ubah`);
  await a.testid('address').fill('Jl. Baru dari tab A');
  await a.testid('save').click();
  await a.testid('family-page').waitFor();
  // Tab B's form still shows the old address; it changes only the house condition.
  await b.testid('house').selectOption({ label: 'Tidak layak huni' });
  await b.testid('save').click();
  await expect(b.testid('notice')).toContainText(STALE);
  assert.equal(await b.testid('address').inputValue(), 'Jl. Asli 1', 'the form is still there with what was typed');
  await b.page.reload();
  await b.ready();
  await b.go(`keluarga/${id}`);
  await expect(b.testid('family-page')).toContainText('Jl. Baru dari tab A');
});

test('a family deleted in one tab is not brought back by an edit in the other', async () => {
  const id = await openFamily(a, 'sari');
  await b.go(`keluarga/${id}/ubah`);
  await a.testid('delete-family').click();
  await a.page.waitForFunction(() => window.location.hash === '#/keluarga');
  await b.testid('address').fill('Jl. Hidup Lagi');
  await b.testid('save').click();
  await expect(b.testid('notice')).toContainText(STALE);
  assert.equal(await storedCount(a.page, 'family'), 0);
  await new FamiliesPage(b).open();
  await expect(new FamiliesPage(b).rows()).toHaveCount(0);
});

test('one child weighed in both tabs on one day is one weighing', async () => {
  await new ChildrenPage(a).addChild({ name: 'Bima Dua Tab', sex: 'Laki-laki', birth: '2025-06-01' });
  const day = new Date().toISOString().slice(0, 10);
  const weighA = new WeighingDay(a);
  const weighB = new WeighingDay(b);
  await weighB.open();
  await weighB.setDate(day);
  await weighB.pick('Bima');
  await weighA.open();
  await weighA.setDate(day);
  await weighA.pick('Bima');
  await weighA.enter({ weight: '8.4', length: '71' });
  await expect(a.testid('notice')).toContainText('Tersimpan');
  await weighB.enter({ weight: '8.5', length: '71' });
  await expect(b.testid('notice')).toContainText(STALE);
  assert.equal(await storedCount(a.page, 'measurement'), 1);
});

test('a full phone says so at the moment of saving and keeps what was typed', async () => {
  // Chromium's quota override does not reliably apply to a localhost origin: the
  // browser's own QuotaExceededError is raised on the store instead, as a full phone does.
  await a.page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await a.go('keluarga/baru');
  await a.testid('kk_number').fill('3201123456780009');
  await a.testid('address').fill('Jl. Penuh 9');
  await a.testid('rt').selectOption({ label: 'RT 01 / RW 01' });
  await a.testid('save').click();
  await expect(a.testid('notice')).toContainText('Memori HP untuk Bakti penuh');
  assert.equal(await a.testid('address').inputValue(), 'Jl. Penuh 9');
  await a.page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await a.testid('save').click();
  await a.testid('person-form').waitFor();
});

test('a browser without storage says so at start-up', async () => {
  const page = await session.context.newPage();
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  const app = new App(page, session.server.url);
  await page.goto(session.server.url);
  await expect(app.testid('notice')).toContainText('Penyimpanan browser tidak tersedia');
  await page.close();
});
