/* Casebook widget for portals: renders the latest cases of a term without an iframe.
     <div data-casebook="park/yangpu" data-casebook-n="5"></div>
     <script defer src="(the site's address)/assets/casebook-widget.js"></script>
   (docs/embedding.md has the full snippet.)
   data-casebook is "kind/slug" (kind: park, theme or method), or empty for the latest cases of all.
   The data comes from cases.js beside this script (the same data as cases.json), loaded as a script so
   it works across origins without CORS. ES5; text is inserted with textContent only.
   A portal may show several Casebook sites: an element belongs to the site its data-casebook-site
   names, else to the first widget script after it (else the last one before it), and each script
   fills only its own elements with its own site's data.
   An element naming no term of the site (a misspelt code, a name where the code belongs, an unknown
   kind) is told so with the valid codes, in the site's words (cases.js: widget), never left empty; so
   is one naming a site whose widget script is not on the page (by the first widget script). */
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

  /** A string of the site's bundle (cases.js: widget) with {0}, {1}… filled in. */
  function say(ui, key, args) {
    return String(ui[key] || '').replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }

  /**
   * What to tell about data-casebook="kind/slug" naming no term of the site: the code of the term so
   * named, or the valid codes (the valid kinds when it is not kind/slug of a taxonomy); null when the
   * site has the term. Data without the site's words (cases.js older than this script) says the value.
   */
  function problem(data, value) {
    var ui = data.widget, taxonomies = data.taxonomies || {}, spec = value.split('/'), valid = [], i;
    if (spec.length === 2 && Object.prototype.hasOwnProperty.call(taxonomies, spec[0])) {
      var kind = spec[0], slug = spec[1], list = taxonomies[kind];
      for (i = 0; i < list.length; i++) {
        if (list[i].slug === slug) { return null; }
      }
      if (!ui) { return value; }
      for (i = 0; i < list.length; i++) {
        if (list[i].name === slug) { return say(ui, 'unknown_name', [ui.kinds[kind], slug, kind, list[i].slug]); }
        valid.push(say(ui, 'valid_item', [list[i].slug, list[i].name]));
      }
      return say(ui, 'unknown', [ui.kinds[kind], slug, kind]) + ' ' + say(ui, 'valid', [valid.join(ui.valid_sep)]);
    }
    if (!ui) { return value; }
    for (var k in taxonomies) {
      if (Object.prototype.hasOwnProperty.call(taxonomies, k)) { valid.push(say(ui, 'valid_item', [k, ui.kinds[k]])); }
    }
    return say(ui, 'unknown_kind', [value, valid.join(ui.valid_sep)]);
  }

  function fill(el, data) {
    var value = el.getAttribute('data-casebook') || '';
    // a typo, or a name where the code belongs, is told where the list would be: the portal's builder sees it
    var told = value ? problem(data, value) : null;
    if (told) {
      var p = document.createElement('p');
      p.className = 'casebook-widget-error';
      p.textContent = told;
      while (el.firstChild) { el.removeChild(el.firstChild); }
      el.appendChild(p);
      el.setAttribute('data-casebook-ready', 'unknown');
      return;
    }
    var spec = value.split('/');
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

  /** An element naming a site none of the page's widget scripts is from: the first script tells it so. */
  function orphan(el, data) {
    var site = absolute(el.getAttribute('data-casebook-site').replace(/\/?$/, '/'));
    var p = document.createElement('p');
    p.className = 'casebook-widget-error';
    p.textContent = data && data.widget && data.widget.no_script ? say(data.widget, 'no_script', [site]) : site;
    while (el.firstChild) { el.removeChild(el.firstChild); }
    el.appendChild(p);
    el.setAttribute('data-casebook-ready', 'error');
  }

  function renderAll(data) {
    var scripts = widgetScripts();
    var els = document.querySelectorAll('[data-casebook]');
    for (var i = 0; i < els.length; i++) {
      var owner = ownerOf(els[i], scripts);
      if (owner === null && script === scripts[0]) { orphan(els[i], data); continue; }
      if (owner !== script) { continue; }
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
