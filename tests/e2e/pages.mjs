// Page objects: named actions of a cadre, keyed by data-testid, so the tests read as
// the journey and survive layout changes.
import { expect } from './expect.mjs';

export class App {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open(hash = '') {
    await this.page.goto(this.baseUrl + (hash ? `#/${hash}` : ''));
    await this.ready();
  }

  /** The app has mounted and loaded its records. */
  async ready() {
    await this.page.locator('nav.bottom').waitFor();
    await this.page.locator('.loading').waitFor({ state: 'detached' });
  }

  /** A new phone opens on the first-run set-up; "Lewati" goes to the home screen. */
  async skipSetup() {
    await this.testid('setup-skip').click();
    await this.testid('summary').waitFor();
  }

  async go(hash) {
    await this.page.evaluate((h) => { window.location.hash = h; }, `#/${hash}`);
    await this.ready();
  }

  testid(id) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async notice() {
    return (await this.page.locator('[data-testid="notice"] span').textContent())?.trim();
  }

  /** Waits for the page to be controlled by the service worker (installed offline copy). */
  async waitForOfflineReady() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
  }
}

export class SettingsPage {
  constructor(app) {
    this.app = app;
  }

  async open() {
    await this.app.go('pengaturan');
  }

  async addArea(level, name, { rw } = {}) {
    await this.app.testid(`area-name-${level}`).fill(name);
    if (rw) await this.app.testid('area-parent-rw').selectOption({ label: rw });
    await this.app.testid(`area-add-${level}`).click();
    await expect(this.app.testid(`areas-${level}`)).toContainText(name);
  }

  /** Desa → RW → RT, a posyandu and the Kampung KB, as a cadre does on day one. */
  async setUpArea({ village, rw, rts, posyandu, kampungKb }) {
    await this.open();
    await this.addArea('village', village);
    await this.addArea('rw', rw);
    for (const rt of rts) await this.addArea('rt', rt, { rw });
    await this.addArea('posyandu', posyandu);
    await this.addArea('kampungkb', kampungKb);
  }

  async saveProfile(name, role) {
    await this.open();
    await this.app.testid('cadre_name').fill(name);
    await this.app.testid('role').selectOption({ label: role });
    await this.app.testid('save-profile').click();
  }

  /** The village passphrase that locks backup files (Keamanan data). */
  async setPassphrase(passphrase) {
    await this.open();
    await this.app.testid('village-passphrase').fill(passphrase);
    await this.app.testid('village-passphrase-save').click();
    await expect(this.app.testid('passphrase-state')).toBeVisible();
  }

  /** Sets the first PIN, or changes it when `current` is given. */
  async setPin(pin, current) {
    await this.open();
    if (current) await this.app.testid('pin-current').fill(current);
    await this.app.testid('pin-new').fill(pin);
    await this.app.testid('pin-confirm').fill(pin);
    await this.app.testid('pin-save').click();
  }

  async backupDownload() {
    await this.open();
    const [download] = await Promise.all([
      this.app.page.waitForEvent('download'),
      this.app.testid('backup-download').click(),
    ]);
    return download;
  }

  /**
   * Chooses a backup file; when the app shows what it holds, merges it ("Gabungkan").
   * Returns the banner's answer (the merge's counts, or why the file was refused).
   */
  async restore(path, passphrase) {
    await this.open();
    if (passphrase !== undefined) await this.app.testid('restore-passphrase').fill(passphrase);
    // No stale banner: the answer is the one this file gets.
    const close = this.app.page.locator('[data-testid="notice"] button.close');
    if (await close.count()) await close.click();
    await this.app.testid('restore-file').setInputFiles(path);
    await this.settled();
    if (await this.app.testid('restore-preview').count()) {
      await this.app.testid('restore-merge').click();
      await this.settled();
    }
    return this.app.notice();
  }

  /** Waits for the file's preview or a final banner (a village-sized file takes a while). */
  async settled() {
    await this.app.page.waitForFunction(() => {
      if (document.querySelector('[data-testid="restore-preview"]')) return true;
      const notice = document.querySelector('[data-testid="notice"] span');
      return notice && !notice.textContent.includes('Sedang memproses');
    }, null, { timeout: 600_000 });
  }
}

export class FamilyForm {
  constructor(app) {
    this.app = app;
  }

  async fill({ kk = '', address = '', rt, water, latrine, house }) {
    await this.app.testid('kk_number').fill(kk);
    await this.app.testid('address').fill(address);
    if (rt) await this.app.testid('rt').selectOption({ label: rt });
    if (water) await this.app.testid('water').selectOption({ label: water });
    if (latrine) await this.app.testid('latrine').selectOption({ label: latrine });
    if (house) await this.app.testid('house').selectOption({ label: house });
  }

  async save() {
    await this.app.testid('save').click();
  }
}

export class PersonForm {
  constructor(app) {
    this.app = app;
  }

  async fill({ name, nik = '', sex, birth, relation, marital, marriageAge = '', marriedOn = '', education, job = '' }) {
    await this.app.testid('name').fill(name);
    await this.app.testid('nik').fill(nik);
    if (sex) await this.app.testid('sex').selectOption({ label: sex });
    await this.app.testid('birth_date').fill(birth);
    if (relation) await this.app.testid('relation').selectOption({ label: relation });
    if (marital) await this.app.testid('marital_status').selectOption({ label: marital });
    // A young child is not asked marriage, schooling and job: those fields are absent.
    if (marriageAge) await this.app.testid('age_first_marriage').fill(marriageAge);
    if (marriedOn) await this.app.testid('married_on').fill(marriedOn);
    if (education) await this.app.testid('education').selectOption({ label: education });
    if (job) await this.app.testid('job').fill(job);
  }

  async save() {
    await this.app.testid('save').click();
  }

  /** The message under a field, or '' when it has none. */
  async fieldError(field) {
    return (await this.app.page.locator(`#e-${field}`).textContent())?.trim() ?? '';
  }
}

export class FamiliesPage {
  constructor(app) {
    this.app = app;
  }

  async open() {
    await this.app.go('keluarga');
  }

  async search(text) {
    await this.app.testid('family-search').fill(text);
  }

  rows() {
    return this.app.testid('family-row');
  }

  /** Registers a family and its members through the forms, as typed by a cadre. */
  async addFamily(family, members) {
    await this.open();
    await this.app.testid('add-family').click();
    const form = new FamilyForm(this.app);
    await form.fill(family);
    await form.save();
    for (const [i, member] of members.entries()) {
      if (i > 0) await this.app.testid('add-member').click();
      const person = new PersonForm(this.app);
      await this.app.testid('person-form').waitFor();
      await person.fill(member);
      await person.save();
      await this.app.testid('family-page').waitFor();
      await expect(this.app.testid('member-list')).toContainText(member.name);
    }
  }
}

export class ChildrenPage {
  constructor(app) {
    this.app = app;
  }

  /** Quick registration of a child during a posyandu day. */
  async addChild({ name, sex, birth, address = 'Dusun Krajan', birthWeight = '' }) {
    await this.app.go('anak/baru');
    await this.app.testid('name').fill(name);
    await this.app.testid('sex').selectOption({ label: sex });
    await this.app.testid('birth_date').fill(birth);
    await this.app.testid('address').fill(address);
    await this.app.testid('birth_weight_kg').fill(birthWeight);
    await this.app.testid('save').click();
    await this.app.testid('child-page').waitFor();
  }
}

export class WeighingDay {
  constructor(app) {
    this.app = app;
  }

  async open() {
    await this.app.go('anak');
    await this.app.testid('start-weighing').click();
    await this.app.testid('weighing-list').waitFor();
  }

  async setDate(isoDate) {
    await this.app.testid('weighing-date').fill(isoDate);
  }

  async pick(name) {
    await this.app.testid('child-search').fill(name);
    await this.app.page.locator('[data-testid="weighing-row"]', { hasText: name }).first().click();
    await this.app.testid('measurement-form').waitFor();
  }

  async enter({ weight, length = '', confirm = false }) {
    await this.app.testid('weight_kg').fill(weight);
    await this.app.testid('lenhei_cm').fill(length);
    if (confirm) await this.app.testid('confirm_implausible').check();
    await this.app.testid('save-measurement').click();
  }

  async next() {
    await this.app.testid('next-child').click();
    await this.app.testid('measurement-form').waitFor();
  }
}

/** Chooses a person in a picker (`field`) of `scope` by typing part of her name. */
export async function pickPerson(scope, field, name) {
  await scope.getByTestId(field).fill(name);
  await scope.getByTestId(`${field}-option`).filter({ hasText: name }).first().click();
  await scope.getByTestId(`${field}-chosen`).filter({ hasText: name }).waitFor();
}

export class KbPanel {
  constructor(app) {
    this.app = app;
  }

  /** Records a KB status for the wife named `wife` on the open family page. */
  async record(wife, { method, since, wish, pregnant = false, firstUse = false }) {
    const item = this.app.page.locator('[data-testid="member-list"] li', { hasText: wife });
    await item.getByTestId('record-kb').click();
    const form = item.getByTestId('kb-form');
    await form.getByTestId('kb_method').selectOption({ label: method ?? 'Tidak ber-KB' });
    await form.getByTestId('kb_since').fill(since);
    if (wish) await form.getByTestId('kb_wish').selectOption({ label: wish });
    if (pregnant) await form.getByTestId('kb_pregnant').check();
    if (firstUse) await form.getByTestId('kb_first_use').check();
    await form.getByTestId('save-kb').click();
    await item.getByTestId('record-kb').waitFor();
  }
}

export class FamilyMapPage {
  constructor(app) {
    this.app = app;
  }

  async open() {
    await this.app.go('laporan/peta');
    await this.app.testid('family-map').waitFor();
  }

  cell(column, row) {
    return this.app.testid(`cell-${column}-${row}`);
  }

  /** Taps the family whose head is `head` in the list to place, then an empty cell. */
  async place(head, column, row) {
    await this.app.testid('map-unplaced').getByRole('button', { name: new RegExp(`^${head} \\(`) }).click();
    await this.app.testid('map-chosen').waitFor();
    await this.cell(column, row).click();
    await expect(this.cell(column, row)).toHaveClass(/house/);
  }
}

export class AccompanimentPage {
  constructor(app) {
    this.app = app;
  }

  async open() {
    await this.app.go('pendampingan');
    await this.app.testid('tpk').waitFor();
  }

  targets(group) {
    return this.app.testid(`targets-${group}`);
  }

  /** The recap row of a target group: total, visited, at risk, referred. */
  async recap(label) {
    const row = this.app.page.locator('[data-testid="tpk-recap"] tbody tr', { hasText: label });
    return row.locator('td').allTextContents();
  }

  async openPerson(group, name) {
    await this.targets(group).getByRole('link', { name: new RegExp(name) }).click();
    await this.app.testid('accompany').waitFor();
  }

  /** Fills and saves the visit form on a person's page. */
  async recordVisit(fields) {
    const form = this.app.testid('visit-form');
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === 'boolean') {
        await form.getByTestId(field).setChecked(value);
      } else {
        await form.getByTestId(field).fill(value);
      }
    }
    await form.getByTestId('save-visit').click();
  }
}
