// Registers the service worker and tells the app (event `bakti-update-ready`) when a
// new version is installed and waiting; the app's "Muat ulang" button answers with
// `bakti-update-apply`. Data lives in IndexedDB, which an update never touches.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var hadController = !!navigator.serviceWorker.controller;
  function announce() {
    window.baktiUpdateReady = true;
    window.dispatchEvent(new Event('bakti-update-ready'));
  }
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // The first install takes control without a reload; later versions reload once.
    if (hadController && !window.baktiReloading) {
      window.baktiReloading = true;
      window.location.reload();
    }
  });
  navigator.serviceWorker.register('sw.js').then(function (reg) {
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    window.addEventListener('bakti-update-apply', function () {
      if (reg.waiting) reg.waiting.postMessage('SKIP_WAITING');
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') reg.update().catch(function () {});
    });
  }).catch(function () {
    // No service worker (e.g. file://): the app still works online.
  });
})();
