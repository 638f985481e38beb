// Bakti service worker. scripts/service-worker.mjs fills in the version and the lists
// of files at build time. Cache-first for the app shell; a new version installs beside
// the old one and waits until the cadre taps "Muat ulang". Files ON_DEMAND (the xlsx
// worker) are cached the first time they are fetched, and a new version keeps those an
// older one already holds (same name, same content: the name carries its hash).
const VERSION = '__VERSION__';
const FILES = __FILES__;
const ON_DEMAND = __ON_DEMAND__;
const CACHE = 'bakti-' + VERSION;

function scoped(file) {
  return new URL(file, self.registration.scope).href;
}

async function keepOnDemandFiles(cache) {
  for (const file of ON_DEMAND) {
    const held = await caches.match(scoped(file));
    if (held) await cache.put(scoped(file), held);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache
        .addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))
        .then(() => keepOnDemandFiles(cache))
    )
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('bakti-') && key !== CACHE).map((key) => caches.delete(key))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every screen is the same page (hash routes): serve the cached shell.
    const shell = new URL('./', self.registration.scope).href;
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(shell).then((hit) => hit || cache.match(new URL('index.html', self.registration.scope).href)).then((hit) => hit || fetch(request))
      )
    );
    return;
  }
  const onDemand = ON_DEMAND.some((file) => request.url === scoped(file));
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => {
        if (hit) return hit;
        if (!onDemand) return fetch(request);
        return fetch(request).then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        });
      })
    )
  );
});
