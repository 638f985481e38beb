// The start-up snapshot as the page's IndexedDB holds it (store/snapshot.rs): its head,
// and waiting until one with records is written (some seconds after a load that
// needed one).

/** The snapshot's head in the app's database, or null. */
export const snapshotHead = (page) =>
  page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('bakti');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('snapshot').objectStore('snapshot').get('head');
      get.onsuccess = () => { db.close(); resolve(get.result ? JSON.parse(get.result) : null); };
      get.onerror = () => { db.close(); resolve(null); };
    };
  }));

/** Waits (up to `seconds`) for a head other than `previous`; gives it back. */
export async function snapshotWritten(page, { previous = null, seconds = 300 } = {}) {
  for (let waited = 0; waited < seconds * 2; waited += 1) {
    const head = await snapshotHead(page);
    if (head && head.generation !== previous?.generation) return head;
    await page.waitForTimeout(500);
  }
  throw new Error('no snapshot written');
}
