/*
 * HTX Số: the farm diary offline. On the quick-entry page: installs the diary's service worker (scope /trace/);
 * when the phone is offline, a submitted entry is kept on the phone (localStorage) with an id of its own, and
 * sent to /trace/diary/sync when the network is back (or the page is opened online). The server stores each id
 * once, checks the same rules as the form (the PHI rule too) and answers; a refusal is shown as a notice.
 * Without JavaScript the page is the ordinary form.
 */
(function () {
  'use strict';
  const KEY = 'htxso.diary.queue';
  const box = document.getElementById('diary-offline');
  const form = document.getElementById('diary-form');
  if (!box || !form) {
    return;
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(box.dataset.worker, {scope: box.dataset.scope}).catch(() => {});
  }
  const notices = document.getElementById('diary-notices');
  const list = document.getElementById('diary-queue');
  const retry = document.getElementById('diary-retry');

  function queue() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]');
    } catch (e) {
      return [];
    }
  }

  function save(items) {
    localStorage.setItem(KEY, JSON.stringify(items));
    show();
  }

  function show() {
    const items = queue();
    list.replaceChildren();
    items.forEach((item) => {
      const li = document.createElement('li');
      li.textContent = item.label;
      li.dataset.clientId = item.entry.clientId;
      list.appendChild(li);
    });
    document.getElementById('diary-waiting').textContent = box.dataset.waiting.replace('%d', items.length);
    box.hidden = items.length === 0 && notices.childElementCount === 0;
    document.getElementById('diary-waiting-block').hidden = items.length === 0;
  }

  function notice(text, problems, refused) {
    const p = document.createElement('div');
    p.className = refused ? 'alert' : 'flash';
    const line = document.createElement('p');
    line.textContent = text;
    p.appendChild(line);
    if (problems && problems.length) {
      const ul = document.createElement('ul');
      problems.forEach((t) => {
        const li = document.createElement('li');
        li.textContent = t;
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
    notices.appendChild(p);
    box.hidden = false;
  }

  function clientId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** The page's CSRF token and its header (the layout's meta tags); a stale one gets 403 and the entry waits. */
  function csrfHeaders() {
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  let sending = false;

  async function flush() {
    if (sending || !navigator.onLine) {
      return;
    }
    sending = true;
    try {
      for (const item of queue()) {
        let response;
        try {
          response = await fetch(box.dataset.sync, {
            method: 'POST', credentials: 'same-origin',
            headers: csrfHeaders(),
            body: JSON.stringify(item.entry)
          });
        } catch (offline) {
          break;  // no network after all: keep everything
        }
        if (!response.ok) {
          break;  // signed out or the server is busy: keep it for the next try
        }
        const answer = await response.json();
        save(queue().filter((i) => i.entry.clientId !== item.entry.clientId));
        notice(item.label + ': ' + answer.message, answer.problems, answer.status === 'REFUSED');
      }
    } finally {
      sending = false;
      show();
    }
  }

  form.addEventListener('submit', (event) => {
    const correcting = form.querySelector('[name=correctsLogId]');
    if (navigator.onLine || (correcting && correcting.value)) {
      return;  // online, or a correction: the ordinary form
    }
    event.preventDefault();
    const entry = {clientId: clientId()};
    new FormData(form).forEach((value, name) => {
      if (name !== '_csrf' && typeof value === 'string' && value.trim() !== '') {
        entry[name] = value.trim();
      }
    });
    const plot = form.querySelector('[name=plotId]');
    const plotName = plot && plot.selectedIndex >= 0 ? plot.options[plot.selectedIndex].text : '';
    const items = queue();
    const day = (entry.date || '').split('-').reverse().join('/');  // 2026-12-05 → 05/12/2026, as pages write dates
    items.push({entry: entry, label: [day, box.dataset.kind, plotName].join(' · ')});
    save(items);
    notice(box.dataset.queued, [], false);
    form.reset();
    window.scrollTo(0, 0);
  });

  if (retry) {
    retry.addEventListener('click', flush);
  }
  window.addEventListener('online', flush);
  show();
  flush();
})();
