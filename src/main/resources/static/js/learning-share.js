// A news post's share button: on phones with the Web Share API it opens the phone's own share sheet (Zalo,
// Facebook, Messenger…); elsewhere it stays hidden and the link, the Facebook link and the QR do the job.
(function () {
  'use strict';
  var button = document.querySelector('.lrn-share-button');
  if (!button || !navigator.share) {
    return;
  }
  var box = document.querySelector('.lrn-share');
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.share({title: box ? box.getAttribute('data-share-title') : document.title,
      url: button.getAttribute('data-url')}).catch(function () {});
  });
  var field = document.getElementById('share-url');
  if (field) {
    field.addEventListener('focus', function () { field.select(); });
  }
})();
