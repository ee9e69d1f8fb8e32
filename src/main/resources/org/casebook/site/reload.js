/* Casebook preview client: injected by `casebook serve` only, never part of a built site.
   Listens to the server's events: reloads this page when it was rebuilt, and shows the build's
   problems over the page while the sources have errors. Builds the overlay with textContent only. */
(function () {
  'use strict';
  var script = document.currentScript;
  var title = script.getAttribute('data-title');
  var fixedText = script.getAttribute('data-fixed');
  var overlayId = 'casebook-overlay';

  function ownPath() {
    var p = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    return (p === '' || /\/$/.test(p)) ? p + 'index.html' : p;
  }

  function hideOverlay() {
    var old = document.getElementById(overlayId);
    if (old) { old.parentNode.removeChild(old); }
    document.documentElement.removeAttribute('data-casebook-errors');
  }

  function el(tag, css, text) {
    var e = document.createElement(tag);
    if (css) { e.style.cssText = css; }
    if (text) { e.textContent = text; }
    return e;
  }

  function showOverlay(problems) {
    hideOverlay();
    var box = el('div', 'position:fixed;inset:0;z-index:2147483647;background:rgba(30,0,0,.88);color:#fff;' +
      'overflow:auto;padding:2rem;font:15px/1.6 system-ui,sans-serif;');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.appendChild(el('h2', 'margin:0 0 1rem;font-size:1.3rem;color:#ffb4a8;', title));
    var list = el('ol', 'margin:0;padding-left:1.5rem;');
    problems.forEach(function (p) {
      var item = el('li', 'margin-bottom:1rem;');
      item.className = 'casebook-problem';
      item.appendChild(el('code', 'display:block;color:#ffd479;font:14px/1.5 monospace;',
        p.pos + ': ' + p.severity + ':'));
      item.appendChild(el('div', '', p.message));
      if (p.hint) { item.appendChild(el('div', 'color:#c8e6c9;', '→ ' + p.hint)); }
      list.appendChild(item);
    });
    box.appendChild(list);
    box.appendChild(el('p', 'margin-top:1.5rem;opacity:.8;', fixedText));
    document.body.appendChild(box);
    document.documentElement.setAttribute('data-casebook-errors', String(problems.length));
  }

  var source = new EventSource('/__casebook/events');
  window.__casebookEvents = source; // lets tests wait until the stream is open
  source.addEventListener('problems', function (e) { showOverlay(JSON.parse(e.data)); });
  source.addEventListener('ok', function () { hideOverlay(); });
  source.addEventListener('reload', function (e) {
    var paths = JSON.parse(e.data);
    if (paths.indexOf('*') >= 0 || paths.indexOf(ownPath()) >= 0) { location.reload(); }
  });
})();
