/*
 * HTX Số: the farm diary's service worker (scope /trace/). It keeps the quick-entry page and what it needs, so the
 * page opens in the field without network; entries written offline wait on the phone (js/diary-offline.js) and are
 * sent when the network is back. Pages are fetched from the network first (always fresh when online); the cached
 * copy is the fallback. Only GET requests are answered from the cache; nothing else is touched.
 */
'use strict';
const CACHE = 'htxso-diary-v1';
const ENTRY = '/trace/diary/new';
const SHELL = [ENTRY, '/css/app.css', '/js/app.js', '/js/diary-offline.js', '/img/favicon.svg',
  '/webjars/htmx.org/dist/htmx.min.js',
  '/trace/manifest.json'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(SHELL.map((url) => fetch(url, {credentials: 'same-origin', redirect: 'error'})
      .then((response) => response.ok ? cache.put(url, response) : null)
      .catch(() => null))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('htxso-diary-') && k !== CACHE)
      .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function isDiaryPage(url) {
  return url.origin === self.location.origin && url.pathname === ENTRY;
}

function isAsset(url) {
  return url.origin === self.location.origin && SHELL.includes(url.pathname) && url.pathname !== ENTRY;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (isDiaryPage(url)) {
    // network first; a good answer (not a sign-in redirect) refreshes the cache of this exact address
    event.respondWith(fetch(request).then((response) => {
      if (response.ok && !response.redirected) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    }).catch(() => caches.match(request).then((hit) => hit || caches.match(ENTRY))));
  } else if (isAsset(url)) {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
      }
      return response;
    }).catch(() => caches.match(url.pathname)));
  }
});
