/* Casebook embed pages: render the cases chosen by the URL's parameters (?park=yangpu&theme=…&n=5: one parameter per taxonomy)
   from window.casebookData (cases.js), then tell the parent page our height so its iframe fits.
   ES5 on purpose: intranet portals are often viewed in old browsers. Text goes in with textContent only. */
(function () {
  'use strict';
  var body = document.body;

  function params() {
    var out = {};
    var q = window.location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < q.length; i++) {
      if (!q[i]) { continue; }
      var kv = q[i].split('=');
      try {
        out[decodeURIComponent(kv[0])] = decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
      } catch (e) { /* a malformed parameter is ignored */ }
    }
    return out;
  }

  function postHeight() {
    if (window.parent && window.parent !== window) {
      var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: 'casebook:height', height: h, href: window.location.href }, '*');
    }
  }

  function termOf(data, kind, slug) {
    var list = (data.taxonomies && data.taxonomies[kind]) || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].slug === slug) { return list[i]; }
    }
    return null;
  }

  /** A bundle string from the body's data attributes with {0}, {1}… filled in. */
  function say(attr, args) {
    return String(body.getAttribute(attr) || '').replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }

  /** What to tell about ?kind=value naming no term: the slug of the term so named, or the valid slugs. */
  function unknownTerm(data, kind, value) {
    var list = (data.taxonomies && data.taxonomies[kind]) || [], valid = [];
    var kindName = body.getAttribute('data-kind-' + kind) || kind;
    for (var i = 0; i < list.length; i++) {
      if (list[i].name === value) { return say('data-t-unknown-name', [kindName, value, kind, list[i].slug]); }
      valid.push(say('data-t-valid-item', [list[i].slug, list[i].name]));
    }
    return say('data-t-unknown', [kindName, value, kind]) + ' ' + say('data-t-valid', [valid.join(body.getAttribute('data-t-valid-sep'))]);
  }

  function hasTerm(c, kind, slug) {
    var list = c[kind] || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].slug === slug) { return true; }
    }
    return false;
  }

  function render() {
    var list = document.querySelector('[data-casebook-list]');
    if (!list) { return; }
    var data = window.casebookData;
    var root = body.getAttribute('data-root') || '';
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!data || !data.cases) {
      var err = document.createElement('li');
      err.className = 'embed-status';
      err.textContent = body.getAttribute('data-t-nodata');
      list.appendChild(err);
      return;
    }
    var p = params();
    var n = parseInt(p.n, 10);
    n = isNaN(n) ? 5 : Math.max(1, Math.min(50, n));
    var filters = [];
    var names = [];
    var morePath = '';
    // the taxonomies, in the site's order, are the keys of the data file's taxonomies
    var KINDS = [];
    for (var key in (data.taxonomies || {})) {
      if (Object.prototype.hasOwnProperty.call(data.taxonomies, key)) { KINDS.push(key); }
    }
    var problems = [];
    for (var k = 0; k < KINDS.length; k++) {
      var slug = p[KINDS[k]];
      if (!slug) { continue; }
      var term = termOf(data, KINDS[k], slug);
      if (!term) { problems.push(unknownTerm(data, KINDS[k], slug)); continue; }
      filters.push([KINDS[k], slug]);
      names.push(term.name);
      if (!morePath) { morePath = term.path; }
    }
    if (problems.length) {
      // a misspelt term (or a name where its code belongs) is told, never shown as an empty list: the portal's builder sees the typo
      for (var e = 0; e < problems.length; e++) {
        var bad = document.createElement('li');
        bad.className = 'embed-status embed-error';
        bad.textContent = problems[e];
        list.appendChild(bad);
      }
      return;
    }
    var title = document.querySelector('[data-casebook-title]');
    if (title && names.length) {
      title.textContent = names.join(' · ') + ' · ' + body.getAttribute('data-t-latest');
    }
    var more = document.querySelector('[data-casebook-more]');
    if (more && morePath) { more.setAttribute('href', root + morePath); }
    var shown = 0;
    for (var i = 0; i < data.cases.length && shown < n; i++) {
      var c = data.cases[i];
      var ok = true;
      for (var f = 0; f < filters.length; f++) {
        if (!hasTerm(c, filters[f][0], filters[f][1])) { ok = false; break; }
      }
      if (!ok) { continue; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = data.base_url ? c.url : root + c.path;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = c.title;
      li.appendChild(a);
      if (c.date) {
        var time = document.createElement('time');
        time.className = 'embed-date';
        time.setAttribute('datetime', c.date);
        time.textContent = c.date_text || c.date; // as the site writes dates
        li.appendChild(document.createTextNode(' '));
        li.appendChild(time);
      }
      list.appendChild(li);
      shown++;
    }
    if (shown === 0) {
      var empty = document.createElement('li');
      empty.className = 'embed-status';
      empty.textContent = body.getAttribute('data-t-empty');
      list.appendChild(empty);
    }
  }

  render();
  postHeight();
  window.addEventListener('load', postHeight);
  window.addEventListener('resize', postHeight);
  if (window.ResizeObserver) { new window.ResizeObserver(postHeight).observe(document.documentElement); }
})();
