// The organiser's check-in page keeps working offline: check-ins go into a queue in localStorage, each with an id
// made on this phone, and are sent to the server when the network is there (now, or when it comes back). The server
// collapses repeats of the same id, so sending twice is harmless. The service worker (/learning/sw.js) keeps the page
// itself available when it is reloaded without network.
(function () {
  'use strict';
  var root = document.querySelector('.lrn-organise');
  if (!root || !window.fetch || !window.localStorage) {
    return;
  }
  var eventId = root.getAttribute('data-event');
  var key = 'learning.queue.' + eventId;
  var net = document.getElementById('lrn-net');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var texts = {
    in: root.getAttribute('data-text-in') || 'Đã điểm danh',
    queued: root.getAttribute('data-text-queued') || 'Chờ gửi',
    offline: root.getAttribute('data-text-offline') || 'Offline',
    online: root.getAttribute('data-text-online') || 'Online'
  };

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function queue() {
    try {
      return JSON.parse(localStorage.getItem(key) || '[]');
    } catch (e) {
      return [];
    }
  }

  function save(items) {
    localStorage.setItem(key, JSON.stringify(items));
  }

  function mark(registrationId, state, text) {
    var row = root.querySelector('[data-registration="' + registrationId + '"]');
    if (!row) {
      return;
    }
    row.classList.remove('lrn-in', 'lrn-queued');
    row.classList.add(state);
    var badge = row.querySelector('.lrn-state');
    if (badge) {
      badge.textContent = text;
    }
    var form = row.querySelector('form.lrn-person');
    if (form) {
      form.hidden = true;
    }
  }

  function status() {
    if (net) {
      net.textContent = navigator.onLine ? '' : texts.offline;
      net.classList.toggle('alert', !navigator.onLine);
    }
  }

  var sending = false;
  function sync() {
    var items = queue();
    if (sending || !items.length || !navigator.onLine) {
      return;
    }
    sending = true;
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (csrf && csrfHeader) {
      headers[csrfHeader.content] = csrf.content;
    }
    fetch('/learning/events/' + eventId + '/sync', {
      method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify({items: items})
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (results) {
      var done = {};
      results.forEach(function (r) {
        done[r.clientId] = true;
        if (r.status === 200 || r.status === 201) {
          mark(r.registrationId, 'lrn-in', texts.in);
        }
      });
      save(queue().filter(function (item) { return !done[item.clientId]; }));
      root.setAttribute('data-synced', String(Date.now()));
    }).catch(function () {
      // stays queued; tried again when the network comes back or the page loads
    }).then(function () {
      sending = false;
    });
  }

  root.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('lrn-person')) {
      return;
    }
    event.preventDefault();
    var registrationId = form.querySelector('input[name="registrationId"]').value;
    var items = queue();
    items.push({clientId: uuid(), registrationId: registrationId, deviceTime: new Date().toISOString()});
    save(items);
    mark(registrationId, 'lrn-queued', texts.queued);
    sync();
  });

  window.addEventListener('online', function () { status(); sync(); });
  window.addEventListener('offline', status);
  status();
  queue().forEach(function (item) { mark(item.registrationId, 'lrn-queued', texts.queued); });
  sync();

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/learning/sw.js', {scope: '/learning/'}).catch(function () {});
  }
})();
