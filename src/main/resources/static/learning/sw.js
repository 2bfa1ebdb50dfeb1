// HTX Số, learning: keeps the organiser's check-in pages usable without network. Scope /learning/ only (the farm
// diary has its own worker under /trace/; nothing is registered at /). Pages are network-first (fresh when online,
// the last copy when offline); scripts and styles are cache-first. POSTs are never cached: the page's script queues
// check-ins itself.
'use strict';
var CACHE = 'htxso-learning-v1';

self.addEventListener('install', function (event) {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf('htxso-learning-') === 0 && k !== CACHE;
    }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  var asset = url.pathname.indexOf('/css/') === 0 || url.pathname.indexOf('/js/') === 0
      || url.pathname.indexOf('/webjars/') === 0 || url.pathname.indexOf('/img/') === 0;
  if (asset) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      });
    }));
    return;
  }
  if (request.mode === 'navigate' && url.pathname.indexOf('/learning/') === 0) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request).then(function (hit) {
        return hit || new Response('Offline', {status: 503, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
      });
    }));
  }
});
