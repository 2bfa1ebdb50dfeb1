// HTX Số: htmx only enhances pages that already work without JavaScript.
(function () {
  'use strict';
  // On wide screens the menu is always open; on phones it is a <details> the user opens.
  var menu = document.querySelector('details.menu');
  if (menu && window.matchMedia('(min-width: 48rem)').matches) {
    menu.open = true;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  if (window.htmx) {
    // Swap 422 (a form with errors) like a success; other errors keep the page as it is.
    window.htmx.config.responseHandling = [
      {code: '204', swap: false},
      {code: '[23]..', swap: true},
      {code: '422', swap: true},
      {code: '[45]..', swap: false, error: true}
    ];
  }
  // A table wider than the phone scrolls inside its frame: keyboard users reach it with Tab.
  function focusableScrollers(root) {
    root.querySelectorAll('.table-wrap').forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute('tabindex')) {
        wrap.tabIndex = 0;
      }
    });
  }
  focusableScrollers(document);
  document.addEventListener('htmx:afterSwap', function (event) { focusableScrollers(event.target); });
  // Copy buttons (VietQR account, amount, transfer text): shown only where the clipboard can be written.
  if (navigator.clipboard && window.isSecureContext) {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
          button.textContent = button.getAttribute('data-copied') || button.textContent;
        });
      });
    });
  }
  // Elements marked data-autosubmit submit their form when changed (filters on phones).
  document.addEventListener('change', function (event) {
    var el = event.target;
    if (el && el.hasAttribute && el.hasAttribute('data-autosubmit') && el.form) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
  });
})();
