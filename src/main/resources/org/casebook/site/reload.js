/* Casebook preview client: injected by `casebook serve` only, never part of a built site.
   Listens to the server's events: reloads this page when it was rebuilt, and shows the build's
   problems over the page while the sources have errors (warnings below them, collapsed), or the
   warnings alone in a small closable panel. Builds the overlay with textContent only. */
(function () {
  'use strict';
  var script = document.currentScript;
  var title = script.getAttribute('data-title');
  var fixedText = script.getAttribute('data-fixed');
  var warningsText = script.getAttribute('data-warnings') || '{0}';
  var dismissText = script.getAttribute('data-dismiss') || '\u00d7';
  var overlayId = 'casebook-overlay';
  var warningsId = 'casebook-warnings';

  function ownPath() {
    var p = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    return (p === '' || /\/$/.test(p)) ? p + 'index.html' : p;
  }

  function hideOverlay() {
    [overlayId, warningsId].forEach(function (id) {
      var old = document.getElementById(id);
      if (old) { old.parentNode.removeChild(old); }
    });
    document.documentElement.removeAttribute('data-casebook-errors');
    document.documentElement.removeAttribute('data-casebook-warnings');
  }

  function el(tag, css, text) {
    var e = document.createElement(tag);
    if (css) { e.style.cssText = css; }
    if (text) { e.textContent = text; }
    return e;
  }

  function problemItem(p) {
    var item = el('li', 'margin-bottom:1rem;');
    item.className = p.error ? 'casebook-problem' : 'casebook-problem casebook-warning';
    item.appendChild(el('code', 'display:block;color:#ffd479;font:14px/1.5 monospace;',
      p.pos + ': ' + p.severity + ':'));
    item.appendChild(el('div', '', p.message));
    if (p.hint) { item.appendChild(el('div', 'color:#c8e6c9;', '\u2192 ' + p.hint)); }
    return item;
  }

  /* Warnings, collapsed under one line that says how many; errors come first and stay open. */
  function warningsBlock(warnings) {
    var details = el('details', 'margin-top:1rem;');
    details.appendChild(el('summary', 'cursor:pointer;color:#ffd479;',
      warningsText.replace('{0}', String(warnings.length))));
    var list = el('ol', 'margin:.5rem 0 0;padding-left:1.5rem;');
    warnings.forEach(function (p) { list.appendChild(problemItem(p)); });
    details.appendChild(list);
    return details;
  }

  function dismissKey(problems) {
    return 'casebook-dismissed:' + JSON.stringify(problems);
  }

  function showOverlay(problems) {
    hideOverlay();
    var errors = problems.filter(function (p) { return p.error; });
    var warnings = problems.filter(function (p) { return !p.error; });
    if (errors.length === 0) {
      showWarnings(problems, warnings);
      return;
    }
    var box = el('div', 'position:fixed;inset:0;z-index:2147483647;background:rgba(30,0,0,.88);color:#fff;' +
      'overflow:auto;padding:2rem;font:15px/1.6 system-ui,sans-serif;');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.appendChild(el('h2', 'margin:0 0 1rem;font-size:1.3rem;color:#ffb4a8;', title));
    var list = el('ol', 'margin:0;padding-left:1.5rem;');
    errors.forEach(function (p) { list.appendChild(problemItem(p)); });
    box.appendChild(list);
    if (warnings.length) { box.appendChild(warningsBlock(warnings)); }
    box.appendChild(el('p', 'margin-top:1.5rem;opacity:.8;', fixedText));
    document.body.appendChild(box);
    document.documentElement.setAttribute('data-casebook-errors', String(errors.length));
    document.documentElement.setAttribute('data-casebook-warnings', String(warnings.length));
  }

  /* Warnings only: the page is current; a small panel in a corner, collapsed, that can be closed
     (it stays closed for the same warnings until they change). */
  function showWarnings(problems, warnings) {
    document.documentElement.setAttribute('data-casebook-warnings', String(warnings.length));
    try {
      if (sessionStorage.getItem(dismissKey(problems))) { return; }
    } catch (e) { /* storage refused: the panel shows */ }
    var box = el('div', 'position:fixed;right:1rem;bottom:1rem;z-index:2147483647;max-width:min(40rem,90vw);' +
      'max-height:70vh;overflow:auto;background:rgba(40,30,0,.92);color:#fff;padding:.75rem 1rem;' +
      'border-radius:6px;font:14px/1.5 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.4);');
    box.id = warningsId;
    box.setAttribute('role', 'status');
    var close = el('button', 'float:right;margin-left:1rem;background:none;border:1px solid #ffd479;' +
      'color:#ffd479;border-radius:4px;cursor:pointer;', dismissText);
    close.type = 'button';
    close.className = 'casebook-dismiss';
    close.addEventListener('click', function () {
      try { sessionStorage.setItem(dismissKey(problems), '1'); } catch (e) { /* closed for this view only */ }
      if (box.parentNode) { box.parentNode.removeChild(box); }
    });
    box.appendChild(close);
    var block = warningsBlock(warnings);
    block.style.marginTop = '0';
    box.appendChild(block);
    document.body.appendChild(box);
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
