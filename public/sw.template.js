// Bakti service worker. scripts/service-worker.mjs fills in the version and the list
// of files at build time. Cache-first for the app shell; a new version installs beside
// the old one and waits until the cadre taps "Muat ulang".
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'bakti-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))
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
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)))
  );
});
