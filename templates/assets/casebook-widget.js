/* Casebook widget for portals: renders the latest cases of a term without an iframe.
     <div data-casebook="park/yangpu" data-casebook-n="5"></div>
     <script defer src="(the site's address)/assets/casebook-widget.js"></script>
   (docs/embedding.md has the full snippet.)
   data-casebook is "kind/slug" (kind: park, theme or method), or empty for the latest cases of all.
   The data comes from cases.js beside this script (the same data as cases.json), loaded as a script so
   it works across origins without CORS. ES5; text is inserted with textContent only.
   A portal may show several Casebook sites: an element belongs to the site its data-casebook-site
   names, else to the first widget script after it (else the last one before it), and each script
   fills only its own elements with its own site's data. */
(function () {
  'use strict';
  var script = document.currentScript || (function () {
    var all = document.getElementsByTagName('script');
    return all[all.length - 1];
  })();
  var base = script.src.replace(/assets\/casebook-widget\.js(\?.*)?(#.*)?$/, '');

  function hasTerm(c, kind, slug) {
    var list = c[kind] || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].slug === slug) { return true; }
    }
    return false;
  }

  function fill(el, data) {
    var spec = (el.getAttribute('data-casebook') || '').split('/');
    var kind = spec.length === 2 ? spec[0] : '';
    var slug = spec.length === 2 ? spec[1] : '';
    var n = parseInt(el.getAttribute('data-casebook-n'), 10);
    n = isNaN(n) ? 5 : Math.max(1, Math.min(50, n));
    var ul = document.createElement('ul');
    ul.className = 'casebook-widget-list';
    var shown = 0;
    for (var i = 0; i < data.cases.length && shown < n; i++) {
      var c = data.cases[i];
      if (kind && !hasTerm(c, kind, slug)) { continue; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = data.base_url ? c.url : base + c.path;
      a.textContent = c.title;
      li.appendChild(a);
      if (c.date) {
        var time = document.createElement('time');
        time.setAttribute('datetime', c.date);
        time.textContent = c.date_text || c.date; // as the site writes dates
        li.appendChild(document.createTextNode(' '));
        li.appendChild(time);
      }
      ul.appendChild(li);
      shown++;
    }
    while (el.firstChild) { el.removeChild(el.firstChild); }
    el.appendChild(ul);
    el.setAttribute('data-casebook-ready', String(shown));
  }

  function absolute(url) {
    var a = document.createElement('a');
    a.href = url;
    return a.href;
  }

  function widgetScripts() {
    var all = document.getElementsByTagName('script'), out = [];
    for (var i = 0; i < all.length; i++) {
      if (/assets\/casebook-widget\.js(\?.*)?(#.*)?$/.test(all[i].src)) { out.push(all[i]); }
    }
    return out;
  }

  /** The widget script an element belongs to: the site it names, else the first script after it. */
  function ownerOf(el, scripts) {
    // a copy under another name, or a page that renamed it: this script is the only one it can tell
    if (scripts.indexOf(script) < 0) { return script; }
    var site = el.getAttribute('data-casebook-site');
    if (site) {
      var want = absolute(site.replace(/\/?$/, '/'));
      for (var i = 0; i < scripts.length; i++) {
        if (scripts[i].src.replace(/assets\/casebook-widget\.js(\?.*)?(#.*)?$/, '') === want) { return scripts[i]; }
      }
      return null;
    }
    for (var j = 0; j < scripts.length; j++) {
      if (el.compareDocumentPosition(scripts[j]) & 4) { return scripts[j]; } // Node.DOCUMENT_POSITION_FOLLOWING
    }
    return scripts[scripts.length - 1];
  }

  function renderAll(data) {
    var scripts = widgetScripts();
    var els = document.querySelectorAll('[data-casebook]');
    for (var i = 0; i < els.length; i++) {
      if (ownerOf(els[i], scripts) !== script) { continue; }
      if (data && data.cases) { fill(els[i], data); } else { els[i].setAttribute('data-casebook-ready', 'error'); }
    }
  }

  function start() {
    var s = document.createElement('script');
    s.src = base + 'cases.js';
    // cases.js files it under its own address: another site's on the same page never takes its place
    s.onload = function () { renderAll((window.casebookSites || {})[s.src] || window.casebookData); };
    s.onerror = function () { renderAll(null); };
    document.head.appendChild(s);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
