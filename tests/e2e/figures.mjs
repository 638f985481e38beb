// Performance figures for the issue notes (measured, never asserted), in headless
// Chromium with a 4× CPU throttle: the first visit on slow 4G served gzip, start-up
// (first and cached visit), saving one
// weighing and opening the next child, a child page with 60 weighings, and the KB
// report, Peta Keluarga and Pendampingan for 1 000 PUS with a year of KB statuses.
// Run by scripts/figures after a release build.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { timed } from './timed.mjs';
import { phone } from './browser.mjs';
import { App, SettingsPage, WeighingDay } from './pages.mjs';

// A first visit on slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up) from a host that
// serves gzip, as a cadre installs the app on prepaid data: until the first screen (the
// first-run set-up) is interactive, and what came over the network.
{
  const gzipped = await serve(process.env.BAKTI_DIST ?? 'dist', { gzip: true });
  const fresh = await phone();
  const first = await fresh.newPage();
  const network = await fresh.newCDPSession(first);
  await network.send('Network.enable');
  await network.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await network.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let received = 0;
  network.on('Network.loadingFinished', (e) => { received += e.encodedDataLength; });
  await timed('start-up, first visit on slow 4G served gzip, 4x CPU throttle, set-up screen interactive', async () => {
    await first.goto(gzipped.url, { waitUntil: 'commit' });
    await first.locator('[data-testid="setup"]').waitFor({ timeout: 120_000 });
  });
  console.log(`FIGURES first visit on slow 4G: ${(received / 1e3).toFixed(0)} KB over the network until the set-up screen was interactive`);
  await fresh.close();
  await gzipped.close();
}

const server = await serve(process.env.BAKTI_DIST ?? 'dist');
const context = await phone();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const app = new App(page, server.url);


await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await timed('start-up, first visit, 4x CPU throttle, set-up screen interactive', async () => {
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.locator('[data-testid="setup"]').waitFor();
});
await app.waitForOfflineReady();
await app.skipSetup();
for (const run of [1, 2, 3]) {
  await timed(`start-up, cached visit ${run}, 4x CPU throttle`, async () => {
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator('[data-testid="summary"]').waitFor();
  });
}

// Data through the app's own import: one child weighed every month from birth to 59
// months, and 30 children weighed once last month.
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const settings = new SettingsPage(app);
await settings.open();
await settings.addArea('village', 'Desa Contoh');
await settings.addArea('posyandu', 'Posyandu Contoh');
const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date();
const birth = new Date(Date.UTC(today.getFullYear() - 5, today.getMonth() + 1, 5));
const rows = ['NIK,Nama,JK,Tgl Lahir,Posyandu,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur'];
for (let m = 0; m < 60; m++) {
  const date = new Date(Date.UTC(birth.getUTCFullYear(), birth.getUTCMonth() + m, 6));
  if (date > today) break;
  const w = (3.4 + 0.6 * Math.min(m, 6) + 0.25 * Math.max(0, Math.min(m, 24) - 6) + 0.17 * Math.max(0, m - 24)).toFixed(1);
  const h = (50 + 2.6 * Math.min(m, 6) + 1.1 * Math.max(0, Math.min(m, 24) - 6) + 0.6 * Math.max(0, m - 24)).toFixed(1);
  rows.push(`,Anak Lama,L,${iso(birth)},Posyandu Contoh,${iso(date)},${w},${h},${m < 24 ? 'Terlentang' : 'Berdiri'}`);
}
const lastMonth = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, 5));
for (let i = 0; i < 30; i++) {
  rows.push(`,Anak ${String(i).padStart(2, '0')},${i % 2 ? 'P' : 'L'},2024-0${1 + (i % 9)}-10,Posyandu Contoh,${iso(lastMonth)},${(10 + (i % 5) * 0.4).toFixed(1)},${(80 + i % 7).toFixed(1)},Berdiri`);
}
const csv = join(mkdtempSync(join(tmpdir(), 'bakti-fig-')), 'import.csv');
writeFileSync(csv, rows.join('\n') + '\n');
await app.go('laporan');
await app.testid('import-eppgbm').setInputFiles(csv);
await app.testid('notice').waitFor();
console.log(`FIGURES data: ${await app.notice()}`);

await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const day = new WeighingDay(app);
await day.open();
await day.pick('Anak 00');
for (const run of [1, 2, 3]) {
  await app.testid('weight_kg').fill('11,2');
  await app.testid('lenhei_cm').fill('84');
  await timed(`save one weighing until the result shows, run ${run}, 4x CPU throttle`, async () => {
    await app.testid('save-measurement').click();
    await app.testid('review').waitFor();
  });
  await timed(`open the next child's form, run ${run}, 4x CPU throttle`, async () => {
    await app.testid('next-child').click();
    await app.testid('measurement-form').waitFor();
  });
}
await app.go('anak');
const rowsCount = await page.locator('[data-testid="child-row"]').count();
// The list shows a page of children: the one with 60 weighings found by name.
await app.testid('child-search').fill('Anak Lama');
await timed(`child page with 60 weighings (history + chart), 4x CPU throttle (${rowsCount} children listed)`, async () => {
  await page.locator('[data-testid="child-row"]', { hasText: 'Anak Lama' }).click();
  await page.locator('[data-testid="growth-chart"] svg').waitFor();
});
await timed('switch the chart to PB/U – TB/U, 4x CPU throttle', async () => {
  await page.locator('.tabs button', { hasText: 'PB/U' }).click();
  await page.locator('[data-testid="growth-chart"] svg text', { hasText: 'PB/U' }).first().waitFor();
});

// 1 000 PUS in 20 RTs, each with 2 children and a KB status every quarter, restored
// from a backup file written here in the app's format.
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const now = new Date().toISOString();
const records = [];
const add = (kind, payload) => {
  const id = randomUUID();
  records.push({ id, created_at: now, updated_at: now, device: 'figures', deleted: false, schema: 1, area: null, kind, payload });
  return id;
};
const rw = add('area', { level: 'rw', name: 'RW 01', parent_id: null });
const rts = Array.from({ length: 20 }, (_, i) => add('area', { level: 'rt', name: `RT ${String(i + 1).padStart(2, '0')}`, parent_id: rw }));
const methods = ['iud', 'mow', 'mop', 'implan', 'suntik', 'pil', 'kondom', 'mal', 'tradisional', null, null];
const wishes = ['child_soon', 'delay', 'no_more'];
const y = today.getFullYear();
for (let i = 0; i < 1000; i++) {
  const family = add('family', { kk_number: '', address: `Jl. Mawar ${i}`, rt_id: rts[i % 20] });
  const born = `${1980 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  add('person', { family_id: family, name: `Suami ${i}`, sex: 'L', birth_date: born, relation: 'head', marital_status: 'married' });
  const wife = add('person', { family_id: family, name: `Istri ${i}`, sex: 'P', birth_date: born, relation: 'wife', marital_status: 'married', age_first_marriage: 17 + (i % 6) });
  for (const c of [0, 1]) {
    add('person', { family_id: family, name: `Anak ${i}-${c}`, sex: 'P', birth_date: `${2015 + (i % 8) + c}-03-01`, relation: 'child', mother_id: wife });
  }
  for (const [q, month] of [0, 3, 6, 9].entries()) {
    const method = methods[(i + q) % 11];
    add('kb_status', {
      wife_id: wife, since: `${y - (month + 1 > today.getMonth() + 1 ? 1 : 0)}-${String(month + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      method, served_at: '', pregnant: method === null && i % 3 === 0, wish: wishes[i % 3],
    });
  }
}
const recordsText = JSON.stringify(records);
const backup = `{"format":"bakti-backup","format_version":1,"app_version":"figures","device":"figures","exported_at":"${now}","record_count":${records.length},"checksum":"${createHash('sha256').update(recordsText).digest('hex')}","records":${recordsText}}`;
const backupPath = join(mkdtempSync(join(tmpdir(), 'bakti-fig-')), 'kb.json');
writeFileSync(backupPath, backup);
console.log(`FIGURES KB data: ${await settings.restore(backupPath)} (${records.length} records)`);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
for (const run of [1, 2]) {
  await app.go('');
  await timed(`KB report for 1 000 PUS (12 months, 3 charts, teen table), run ${run}, 4x CPU throttle`, async () => {
    await page.evaluate(() => { window.location.hash = '#/laporan/kb'; });
    await page.locator('[data-testid="kb-teen"]').waitFor();
  });
  await timed(`Peta Keluarga of an RT with 50 families, run ${run}, 4x CPU throttle`, async () => {
    await page.evaluate(() => { window.location.hash = '#/laporan/peta'; });
    await page.locator('[data-testid="map-grid"]').waitFor();
  });
  await timed(`Pendampingan with 1 000 families (targets, recap, KRS), run ${run}, 4x CPU throttle`, async () => {
    await page.evaluate(() => { window.location.hash = '#/pendampingan'; });
    await page.locator('[data-testid="krs"]').waitFor();
  });
}
await context.close();
await server.close();
