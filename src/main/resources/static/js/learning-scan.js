// The organiser's camera at the door: where the browser has the BarcodeDetector API and a camera, a button starts
// the camera and each personal QR it sees fills the code field and submits the form (the page comes back ready to
// scan the next person and starts the camera again by itself). Without them the page is a plain form: type the code.
(function () {
  'use strict';
  var root = document.querySelector('.lrn-scan');
  var button = document.getElementById('lrn-scan-start');
  var video = document.getElementById('lrn-scan-video');
  var form = document.getElementById('lrn-scan-form');
  var field = document.getElementById('personalCode');
  var status = document.getElementById('lrn-scan-status');
  var hint = document.getElementById('lrn-scan-hint');
  if (!root || !button || !video || !form || !field || !('BarcodeDetector' in window)
      || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var KEY = 'learning.scan.camera';
  var LAST = 'learning.scan.last';
  var QUIET_MS = 8000; // the person just checked in is still in front of the camera: ignore their code a while
  var detector;
  var stream;
  var busy = false;

  function text(name) {
    return root.getAttribute('data-text-' + name) || '';
  }

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }
  }

  function tick() {
    if (!stream || busy) {
      return;
    }
    detector.detect(video).then(function (codes) {
      var found = codes.map(function (c) { return (c.rawValue || '').trim().toUpperCase(); })
        .filter(function (v) { return /^[A-Z0-9]{6,16}$/.test(v); })[0];
      var last = (sessionStorage.getItem(LAST) || '').split(' ');
      if (found && found === last[0] && Date.now() - Number(last[1] || 0) < QUIET_MS) {
        found = null;
      }
      if (found) {
        busy = true;
        sessionStorage.setItem(LAST, found + ' ' + Date.now());
        field.value = found;
        status.textContent = text('found') + ' ' + found;
        stop();
        form.submit();
        return;
      }
      window.setTimeout(tick, 250);
    }).catch(function () {
      window.setTimeout(tick, 500);
    });
  }

  function start() {
    status.textContent = text('starting');
    navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false}).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      button.hidden = true;
      sessionStorage.setItem(KEY, 'on');
      return video.play();
    }).then(function () {
      status.textContent = '';
      tick();
    }).catch(function () {
      sessionStorage.removeItem(KEY);
      status.textContent = text('denied');
      button.hidden = false;
    });
  }

  window.BarcodeDetector.getSupportedFormats().then(function (formats) {
    if (formats.indexOf('qr_code') < 0) {
      return;
    }
    detector = new window.BarcodeDetector({formats: ['qr_code']});
    hint.hidden = true;
    button.hidden = false;
    button.addEventListener('click', start);
    if (sessionStorage.getItem(KEY) === 'on') {
      start();
    }
  }).catch(function () {});
  window.addEventListener('pagehide', stop);
})();
