/*
 * Casebook search client: no framework, no server, no fetch. The index is a set of script files that
 * call window.casebookSearchLoad(payload), so it loads from a web server, under a sub-path and from
 * file:// alike. The tokenizer below is the twin of org.casebook.search.Tokenizer; both are held to
 * the same test vectors.
 */
(function (global) {
  'use strict';

  var FORMAT = 2;
  var CALLBACK = 'casebookSearchLoad';
  var PAGE_SIZE = 10;
  var PHRASE_WEIGHT = 1.0;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = new Int8Array(128);
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charCodeAt(a)] = a; }

  // ---------------------------------------------------------------- tokenizer
  var SEPARATOR = 0, HAN = 1, WORD = 2;
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
  var table = null; // traditional -> simplified, one UTF-16 unit each; loaded when a query needs it

  function isHan(cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x323AF) || cp === 0x3007;
  }

  function kind(cp) {
    if (isHan(cp)) { return HAN; }
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? WORD : SEPARATOR;
  }

  function fold(s) {
    if (!table) { return s; }
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      out += table[c] || c;
    }
    return out;
  }

  function normalize(text) {
    return fold(String(text).normalize('NFKC').toLowerCase());
  }

  function runs(text) {
    var n = normalize(text), out = [], i = 0;
    while (i < n.length) {
      var cp = n.codePointAt(i), k = kind(cp);
      if (k === SEPARATOR) { i += cp > 0xFFFF ? 2 : 1; continue; }
      var start = i;
      while (i < n.length) {
        var c2 = n.codePointAt(i);
        if (kind(c2) !== k) { break; }
        i += c2 > 0xFFFF ? 2 : 1;
      }
      out.push({ text: n.substring(start, i), han: k === HAN });
    }
    return out;
  }

  function tokens(text) {
    var out = [];
    runs(text).forEach(function (r) {
      if (!r.han) { out.push(r.text); return; }
      var cps = Array.from(r.text);
      if (cps.length === 1) { out.push(r.text); }
      for (var k = 0; k + 1 < cps.length; k++) { out.push(cps[k] + cps[k + 1]); }
    });
    return out;
  }

  function phrases(text) {
    var seen = {}, out = [];
    runs(text).forEach(function (r) {
      if (!r.han) { return; }
      var cps = Array.from(r.text);
      for (var k = 0; k + 2 < cps.length; k++) {
        var t = cps[k] + cps[k + 1] + cps[k + 2];
        if (!seen[t]) { seen[t] = true; out.push(t); }
      }
    });
    return out;
  }

  function shardOf(term, shards) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  function installTable(pairs) {
    var t = {};
    for (var i = 0; i + 1 < pairs.length; i += 2) { t[pairs.charAt(i)] = pairs.charAt(i + 1); }
    table = t;
  }

  // ---------------------------------------------------------------- loading
  var pending = {};
  var loaded = {};
  var early = {}; // the entry, when the page's own script element delivered it before anyone asked
  var requested = []; // every index file asked for, in order: benchmarks sum their sizes

  function keyOf(p) {
    if (p.type === 'shard') { return 's' + p.id; }
    if (p.type === 'doc') { return 'd' + p.id; }
    return p.type;
  }

  global[CALLBACK] = function (payload) {
    if (payload && payload.type === 't2s') { installTable(payload.pairs); }
    var key = keyOf(payload), p = pending[key];
    if (p) { delete pending[key]; p.resolve(payload); } else if (key === 'entry') { early.entry = payload; }
  };

  function load(key, url) {
    if (loaded[key]) { return loaded[key]; }
    var promise = new Promise(function (resolve, reject) {
      pending[key] = { resolve: resolve };
      var s = document.createElement('script');
      s.src = url;
      requested.push(s.src);
      s.async = true;
      s.onload = function () {
        // the file ran without calling back: not an index file of this format
        if (pending[key]) { delete pending[key]; reject(new Error('bad index file ' + url)); }
        s.remove();
      };
      s.onerror = function () { delete pending[key]; s.remove(); reject(new Error('cannot load ' + url)); };
      document.head.appendChild(s);
    });
    promise.catch(function () { delete loaded[key]; });
    loaded[key] = promise;
    return promise;
  }

  /**
   * The entry. search.html loads it with its own script element after this script, so that it is
   * fetched with the page instead of after this script has run; that element does not exist yet
   * when this script runs, so wait for its call (or take it if it came first). Parser-inserted
   * scripts all run before DOMContentLoaded: no call by then means the file failed to load.
   */
  function loadEntry(url, inPage) {
    if (!inPage || loaded.entry || (!early.entry && document.readyState !== 'loading')) { return load('entry', url); }
    requested.push(new URL(url, global.location.href).href);
    var promise = new Promise(function (resolve, reject) {
      if (early.entry) { resolve(early.entry); return; }
      pending.entry = { resolve: resolve };
      document.addEventListener('DOMContentLoaded', function () {
        if (pending.entry) { delete pending.entry; reject(new Error('cannot load ' + url)); }
      });
    });
    promise.catch(function () { delete loaded.entry; });
    loaded.entry = promise;
    return promise;
  }

  // ---------------------------------------------------------------- decoding
  function varints(s, from) {
    var out = [], v = 0, shift = 0;
    for (var i = from; i < s.length; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      v += (d & 31) * Math.pow(2, shift);
      if (d & 32) { shift += 5; } else { out.push(v); v = 0; shift = 0; }
    }
    return out;
  }

  /**
   * Calls f(doc) for every document of an encoded set, in ascending order: 'd' varint gaps,
   * 'b' a six-bits-a-character bitmap, 'c' every document except those of the varint gaps.
   */
  function eachDoc(s, n, f) {
    var kind = s.charAt(0), i, d;
    if (kind === 'b') {
      for (i = 1; i < s.length; i++) {
        var bits = DIGIT[s.charCodeAt(i)];
        for (var b = 0; b < 6; b++) {
          if (bits & (1 << b)) { d = (i - 1) * 6 + b; if (d < n) { f(d); } }
        }
      }
      return;
    }
    var gaps = varints(s, 1), prev = -1;
    if (kind === 'd') {
      for (i = 0; i < gaps.length; i++) { prev += gaps[i] + 1; f(prev); }
      return;
    }
    d = 0;
    for (i = 0; i <= gaps.length; i++) {
      var skip = i < gaps.length ? prev + gaps[i] + 1 : n;
      for (; d < skip; d++) { f(d); }
      d = skip + 1;
      prev = skip;
    }
  }

  /** [df, docs, scores, default] -> {docs, scores}, aligned, in document order. */
  function decodeTerm(e, n) {
    var docs = new Int32Array(e[0]), scores = new Int32Array(e[0]), at = 0, v = varints(e[2], 0);
    eachDoc(e[1], n, function (d) { docs[at++] = d; });
    if (e[3] === 0) {
      for (var i = 0; i < docs.length; i++) { scores[i] = v[i]; }
    } else {
      scores.fill(e[3]);
      var prev = -1;
      at = 0;
      for (var k = 0; k + 1 < v.length; k += 2) {
        prev = prev + v[k] + 1;
        while (docs[at] < prev) { at++; }
        scores[at] = v[k + 1];
      }
    }
    return { docs: docs, scores: scores };
  }

  /** Document sets as bits in 32-bit words: facet counts are a few thousand word operations. */
  function bitset(n) { return new Uint32Array((n + 31) >>> 5); }

  function popcount(x) {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (Math.imul((x + (x >>> 4)) & 0x0F0F0F0F, 0x01010101) >>> 24);
  }

  // ---------------------------------------------------------------- the engine
  function Engine(base, entry) {
    this.base = base;
    this.entry = entry;
    this.n = entry.docs;
    this.kinds = {};
    this.termDocs = {};
    var self = this;
    Object.keys(entry.facets).forEach(function (key) {
      var kind = key.substring(0, key.indexOf('/'));
      var member = bitset(self.n);
      eachDoc(entry.facets[key], self.n, function (d) { member[d >>> 5] |= 1 << (d & 31); });
      self.termDocs[key] = member;
      (self.kinds[kind] = self.kinds[kind] || []).push(key);
    });
  }

  Engine.prototype.shard = function (i) {
    var build = this.entry.build;
    return loadShard(this.base, i).then(function (p) {
      if (p.build !== build) { throw stale(); }
      return p;
    });
  };

  Engine.prototype.doc = function (i) {
    var build = this.entry.build;
    return load('d' + i, this.base + 'd/' + i + '.js').then(function (p) {
      if (p.build !== build) { throw stale(); }
      return p.doc;
    });
  };

  function stale() { var e = new Error('stale index'); e.stale = true; return e; }

  function loadShard(base, i) { return load('s' + i, base + 's/' + i + '.js'); }

  Engine.prototype.lookup = function (terms) {
    var self = this, ids = {};
    terms.forEach(function (t) { ids[shardOf(t, self.entry.shards)] = true; });
    return Promise.all(Object.keys(ids).map(function (i) { return self.shard(+i); })).then(function (shards) {
      var found = {};
      terms.forEach(function (t) {
        var id = shardOf(t, self.entry.shards);
        shards.forEach(function (s) { if (s.id === id && s.terms[t]) { found[t] = s.terms[t]; } });
      });
      return found;
    });
  };

  /** Runs a query: ranked ids of all matches (after filters) and facet counts. */
  Engine.prototype.search = function (q, filters) {
    var self = this, toks = unique(tokens(q)), phr = phrases(q);
    if (!toks.length) { return Promise.resolve(this.rank(null, null, filters, false)); }
    return this.lookup(toks.concat(phr)).then(function (found) {
      var missing = toks.some(function (t) { return !found[t]; });
      if (missing && !table && /[\u3400-\u9fff\uf900-\ufaff]/.test(q)) {
        // maybe traditional characters: fold them and ask again
        return load('t2s', self.base + 't2s.js').then(function () { return self.search(q, filters); });
      }
      var acc = new Float64Array(self.n), cnt = new Uint8Array(self.n);
      toks.forEach(function (t) {
        if (!found[t]) { return; }
        var p = decodeTerm(found[t], self.n);
        for (var i = 0; i < p.docs.length; i++) { acc[p.docs[i]] += p.scores[i]; cnt[p.docs[i]]++; }
      });
      var need = toks.length, best = 0;
      for (var d = 0; d < self.n; d++) { if (cnt[d] > best) { best = cnt[d]; } }
      var partial = false;
      if (best < need) {
        // nothing has every term: fall back to the documents with the most of them
        partial = true;
        need = best >= Math.ceil(toks.length / 2) ? best : need + 1;
      }
      phr.forEach(function (t) {
        if (!found[t]) { return; }
        var p = decodeTerm(found[t], self.n);
        for (var i = 0; i < p.docs.length; i++) { acc[p.docs[i]] += PHRASE_WEIGHT * p.scores[i]; }
      });
      var matches = bitset(self.n);
      for (var m = 0; m < self.n; m++) { if (cnt[m] >= need) { matches[m >>> 5] |= 1 << (m & 31); } }
      return self.rank(acc, matches, filters, partial && need <= toks.length);
    });
  };

  /**
   * Applies the filters (OR within a taxonomy, AND across) and counts each facet term: the matches
   * that pass the filters of the *other* taxonomies and have that term. Then ranks the hits by score,
   * ties in document order (newest first).
   */
  Engine.prototype.rank = function (acc, matches, filters, partial) {
    var self = this, kinds = Object.keys(this.kinds), allowed = {}, words = (this.n + 31) >>> 5, w;
    if (!matches) {
      matches = bitset(this.n);
      for (w = 0; w < words; w++) { matches[w] = -1; }
      if (this.n & 31) { matches[words - 1] = (1 << (this.n & 31)) - 1; }
    }
    kinds.forEach(function (k) {
      var slugs = filters[k] || [];
      if (!slugs.length) { return; }
      var m = bitset(self.n);
      slugs.forEach(function (slug) {
        var member = self.termDocs[k + '/' + slug];
        if (!member) { return; }
        for (var x = 0; x < words; x++) { m[x] |= member[x]; }
      });
      allowed[k] = m;
    });
    var counts = {}, hitBits = matches.slice();
    kinds.forEach(function (k) {
      if (allowed[k]) { for (var x = 0; x < words; x++) { hitBits[x] &= allowed[k][x]; } }
    });
    kinds.forEach(function (j) {
      var base = matches.slice();
      kinds.forEach(function (k) {
        if (k !== j && allowed[k]) { for (var x = 0; x < words; x++) { base[x] &= allowed[k][x]; } }
      });
      self.kinds[j].forEach(function (key) {
        var member = self.termDocs[key], c = 0;
        for (var x = 0; x < words; x++) { if (base[x]) { c += popcount(base[x] & member[x]); } }
        counts[key] = c;
      });
    });
    var hits = [];
    for (w = 0; w < words; w++) {
      for (var bits = hitBits[w]; bits; bits &= bits - 1) { hits.push((w << 5) + (31 - Math.clz32(bits & -bits))); }
    }
    if (acc) {
      // one numeric sort of score and document packed into a double (scores are whole numbers):
      // far cheaper than a comparator over thousands of hits
      var scale = Math.pow(2, Math.ceil(Math.log2(this.n + 1))), keys = new Float64Array(hits.length), i;
      for (i = 0; i < hits.length; i++) { keys[i] = acc[hits[i]] * scale + (scale - 1 - hits[i]); }
      keys.sort();
      for (i = 0; i < hits.length; i++) { hits[i] = scale - 1 - (keys[hits.length - 1 - i] % scale); }
    }
    return { ids: hits, counts: counts, partial: partial };
  };

  function unique(list) {
    var seen = {}, out = [];
    list.forEach(function (t) { if (!seen[t]) { seen[t] = true; out.push(t); } });
    return out;
  }

  // ---------------------------------------------------------------- snippets
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** The text folded one UTF-16 unit at a time, so offsets in it are offsets in the original. */
  function foldedChars(text) {
    var out = '';
    if (text.normalize('NFKC').toLowerCase() === text) {
      // already normal (the usual case): only the table applies, one character for one
      return table ? fold(text) : text;
    }
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), n = c.normalize('NFKC').toLowerCase();
      if (n.length !== 1) { n = c.toLowerCase(); if (n.length !== 1) { n = c; } }
      out += (table && table[n]) || n;
    }
    return out;
  }

  function matchRanges(text, terms) {
    var norm = foldedChars(text), ranges = [];
    terms.forEach(function (t) {
      for (var at = norm.indexOf(t); at >= 0 && ranges.length < 500; at = norm.indexOf(t, at + 1)) {
        ranges.push([at, at + t.length, t]);
      }
    });
    ranges.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    return ranges;
  }

  function marked(text, ranges, from, to) {
    var out = '', at = from;
    var merged = [];
    ranges.forEach(function (r) {
      if (r[1] <= from || r[0] >= to) { return; }
      var s = Math.max(r[0], from), e = Math.min(r[1], to), last = merged[merged.length - 1];
      if (last && s <= last[1]) { last[1] = Math.max(last[1], e); } else { merged.push([s, e]); }
    });
    merged.forEach(function (m) {
      out += esc(text.substring(at, m[0])) + '<mark>' + esc(text.substring(m[0], m[1])) + '</mark>';
      at = m[1];
    });
    return out + esc(text.substring(at, to));
  }

  /** The window of the text that shows the most different query terms, with them marked. */
  function snippet(text, terms, width) {
    var ranges = matchRanges(text, terms);
    if (!ranges.length) { return null; }
    var bestStart = 0, bestScore = -1;
    for (var i = 0; i < ranges.length && i < 200; i++) {
      var start = Math.max(0, ranges[i][0] - 20), seen = {}, score = 0;
      for (var j = i; j < ranges.length && ranges[j][1] <= start + width; j++) {
        if (!seen[ranges[j][2]]) { seen[ranges[j][2]] = true; score += 10; } else { score += 1; }
      }
      if (score > bestScore) { bestScore = score; bestStart = start; }
    }
    var end = Math.min(text.length, bestStart + width);
    return (bestStart > 0 ? '…' : '') + marked(text, ranges, bestStart, end) + (end < text.length ? '…' : '');
  }

  // ---------------------------------------------------------------- the page
  function format(msg, n) { return String(msg).replace('{0}', n); }

  function readState() {
    var p = new URLSearchParams(global.location.search), filters = {};
    ['park', 'theme', 'method'].forEach(function (k) { filters[k] = p.getAll(k).filter(Boolean); });
    return { q: p.get('q') || '', filters: filters };
  }

  function stateQuery(state) {
    var p = new URLSearchParams();
    if (state.q) { p.append('q', state.q); }
    Object.keys(state.filters).forEach(function (k) {
      state.filters[k].forEach(function (slug) { p.append(k, slug); });
    });
    var s = p.toString();
    return s ? '?' + s : global.location.pathname.split('/').pop();
  }

  function App(root) {
    this.root = root;
    this.data = root.dataset;
    this.box = document.getElementById('search-q');
    this.list = document.getElementById('search-results');
    this.status = document.getElementById('search-status');
    this.more = document.getElementById('search-more');
    this.checks = Array.prototype.slice.call(root.querySelectorAll('.search-facets input[type=checkbox]'));
    this.seq = 0;
    this.typing = false;
    this.shown = 0;
    this.result = null;
    var entryUrl = this.data.entry;
    this.base = entryUrl.substring(0, entryUrl.lastIndexOf('/') + 1);
  }

  App.prototype.start = function () {
    var self = this, nojs = document.getElementById('search-nojs');
    if (nojs) { nojs.hidden = true; }
    this.apply(readState());
    this.bind();
    this.engine = loadEntry(this.data.entry, this.data.entryInPage === 'true').then(function (entry) {
      if (entry.format !== FORMAT || String(entry.format) !== self.data.format) { throw stale(); }
      // ask for the query's shards first: they load while the facets are decoded
      self.prefetch(entry);
      return new Engine(self.base, entry);
    });
    this.run();
  };

  App.prototype.prefetch = function (entry) {
    var self = this, q = this.state().q, ids = {};
    unique(tokens(q)).concat(phrases(q)).forEach(function (t) { ids[shardOf(t, entry.shards)] = true; });
    Object.keys(ids).forEach(function (i) { loadShard(self.base, +i).catch(function () { /* the search reports it */ }); });
  };

  App.prototype.apply = function (state) {
    this.box.value = state.q;
    this.checks.forEach(function (c) { c.checked = (state.filters[c.name] || []).indexOf(c.value) >= 0; });
  };

  App.prototype.state = function () {
    var filters = { park: [], theme: [], method: [] };
    this.checks.forEach(function (c) { if (c.checked) { (filters[c.name] = filters[c.name] || []).push(c.value); } });
    return { q: this.box.value.trim(), filters: filters };
  };

  App.prototype.remember = function (replace) {
    var url = stateQuery(this.state());
    try {
      if (replace) { global.history.replaceState(null, '', url); } else { global.history.pushState(null, '', url); }
    } catch (e) { /* some file:// setups refuse history changes; search still works */ }
  };

  App.prototype.bind = function () {
    var self = this, timer = null;
    this.box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        self.remember(self.typing);
        self.typing = true;
        self.run();
      }, 120);
    });
    document.getElementById('search-form').addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      self.remember(self.typing);
      self.typing = false;
      self.run();
    });
    this.checks.forEach(function (c) {
      c.addEventListener('change', function () { self.typing = false; self.remember(false); self.run(); });
    });
    this.panel = new FacetPanel(this);
    document.getElementById('search-clear').addEventListener('click', function () {
      self.checks.forEach(function (c) { c.checked = false; });
      self.typing = false;
      self.remember(false);
      self.run();
    });
    this.more.addEventListener('click', function () { self.showMore(); });
    global.addEventListener('popstate', function () {
      self.typing = false;
      self.apply(readState());
      self.run();
    });
    this.box.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = self.list.querySelector('a.search-result-link');
        if (first) { e.preventDefault(); first.focus(); }
      }
    });
    this.list.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') { return; }
      var links = Array.prototype.slice.call(self.list.querySelectorAll('a.search-result-link'));
      var i = links.indexOf(document.activeElement);
      if (i < 0) { return; }
      e.preventDefault();
      if (e.key === 'ArrowDown' && i + 1 < links.length) { links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { if (i > 0) { links[i - 1].focus(); } else { self.box.focus(); } }
    });
  };

  App.prototype.run = function () {
    var self = this, seq = ++this.seq, state = this.state();
    if (this.panel) { this.panel.show(state); }
    this.started = global.performance.now();
    this.list.setAttribute('data-state', 'loading');
    this.list.setAttribute('aria-busy', 'true');
    this.engine.then(function (engine) {
      return engine.search(state.q, state.filters).then(function (result) {
        if (seq !== self.seq) { return null; }
        self.result = result;
        self.query = state.q;
        self.shown = 0;
        self.list.innerHTML = '';
        self.counts(result.counts);
        return self.page(engine, seq);
      });
    }).catch(function (err) {
      if (seq !== self.seq) { return; }
      self.list.innerHTML = '';
      self.status.textContent = err && err.stale ? self.data.msgStale : self.data.msgError;
      self.more.hidden = true;
      self.done();
    });
  };

  App.prototype.showMore = function () {
    var self = this, seq = this.seq;
    this.list.setAttribute('data-state', 'loading');
    this.engine.then(function (engine) { return self.page(engine, seq); });
  };

  App.prototype.page = function (engine, seq) {
    var self = this, result = this.result, ids = result.ids.slice(this.shown, this.shown + PAGE_SIZE);
    return Promise.all(ids.map(function (id) { return engine.doc(id); })).then(function (docs) {
      if (seq !== self.seq) { return; }
      var terms = unique(tokens(self.query)), firstNew = null;
      docs.forEach(function (d) {
        var li = self.item(d, terms);
        if (!firstNew) { firstNew = li; }
        self.list.appendChild(li);
      });
      self.shown += docs.length;
      self.more.hidden = self.shown >= result.ids.length;
      var n = result.ids.length, msg;
      if (!n) { msg = self.data.msgNone; } else if (result.partial) { msg = format(self.data.msgPartial, n); } else if (!self.query) { msg = format(self.data.msgCountAll, n); } else { msg = format(self.data.msgCount, n); }
      self.status.textContent = msg;
      if (self.shown > PAGE_SIZE && firstNew) { firstNew.querySelector('a').focus(); }
      self.done();
    });
  };

  App.prototype.done = function () {
    // for benchmarks: how long the search took, index loading included
    this.list.setAttribute('data-took-ms', String(Math.round(global.performance.now() - this.started)));
    this.list.setAttribute('data-done-at', String(Math.round(global.performance.now())));
    this.list.removeAttribute('aria-busy');
    this.list.setAttribute('data-state', 'done');
  };

  App.prototype.counts = function (counts) {
    Array.prototype.forEach.call(this.root.querySelectorAll('[data-count-for]'), function (el) {
      var c = counts[el.getAttribute('data-count-for')];
      el.textContent = c === undefined ? '' : String(c);
    });
    if (this.panel) { this.panel.dim(counts); }
  };

  App.prototype.item = function (d, terms) {
    var rootPath = this.data.root || '', data = this.data;
    var li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-slug', d.slug);
    var title = terms.length ? (snippet(d.title, terms, 1000) || esc(d.title)) : esc(d.title);
    var html = '<h3><a class="search-result-link" href="' + esc(rootPath + d.url) + '">' + title + '</a></h3>';
    if (!this.dateNames) { this.dateNames = dateNames(data); }
    var when = formatDate(d.date, data.dateFormat, this.dateNames);
    html += '<p class="case-meta">' + (d.date ? '<time datetime="' + esc(d.date) + '">' + esc(when) + '</time>' : '') + '</p>';
    var snip = terms.length ? (snippet(d.text, terms, 160) || snippet(d.summary, terms, 160)) : null;
    if (!snip) { snip = esc(d.summary || d.text.substring(0, 120)); }
    html += '<p class="search-snippet">' + snip + '</p>';
    html += '<ul class="chips">' + d.chips.map(function (c) {
      return '<li><a class="chip chip-' + esc(c[0]) + '" href="' + esc(rootPath + c[0] + '/' + c[1] + '/index.html') + '">' +
        '<span class="visually-hidden">' + esc(data['kind' + c[0].charAt(0).toUpperCase() + c[0].substring(1)] || c[0]) + '：</span>' +
        esc(c[2]) + '</a></li>';
    }).join('') + '</ul>';
    li.innerHTML = html;
    return li;
  };

  // ---- page layout around the results: the facet panel, the selection as chips, the page title.
  // Kept apart from searching and ranking: these functions only read the form's state.

  /** The collapsible facet panel (open on wide screens), its count, removable chips, dimmed empty options. */
  function FacetPanel(app) {
    var self = this;
    this.app = app;
    this.details = document.getElementById('facet-panel');
    this.count = document.getElementById('facet-selected-count');
    this.chips = document.getElementById('search-chips');
    if (this.details && global.matchMedia) {
      var wide = global.matchMedia('(min-width: 48rem)');
      var place = function () { self.details.open = wide.matches; };
      place();
      if (wide.addEventListener) { wide.addEventListener('change', place); }
    }
  }

  FacetPanel.prototype.show = function (state) {
    var app = this.app, ticked = app.checks.filter(function (c) { return c.checked; });
    if (this.count) { this.count.textContent = ticked.length ? ' · ' + ticked.length : ''; }
    document.title = state.q ? '“' + state.q + '” · ' + app.data.title : app.data.title;
    if (!this.chips) { return; }
    this.chips.innerHTML = '';
    ticked.forEach(function (c) {
      var name = c.parentNode.querySelector('.facet-name').textContent;
      var li = document.createElement('li');
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip chip-' + c.name + ' chip-remove';
      b.setAttribute('aria-label', format(app.data.msgRemove, name));
      b.textContent = name + ' ×';
      b.addEventListener('click', function () {
        c.checked = false;
        c.dispatchEvent(new Event('change'));
      });
      li.appendChild(b);
      this.chips.appendChild(li);
    }, this);
  };

  /** Options that would find nothing now are dimmed (still clickable: a reader may widen the query). */
  FacetPanel.prototype.dim = function (counts) {
    this.app.checks.forEach(function (c) {
      var n = counts[c.name + '/' + c.value];
      c.parentNode.classList.toggle('facet-zero', n === 0 && !c.checked);
    });
  };

  // ---- dates: the site's date_format (a Java date pattern, checked by the build) applied to the index's
  // ISO dates, so results read like the site's lists. The build passes only patterns of y/u, M, L, d, E
  // and text; with none (or a date it cannot read) the ISO date shows.

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) { s = '0' + s; }
    return s;
  }

  /** names: {months, monthsShort, weekdays, weekdaysShort}, each an array (weekdays from Monday). */
  function formatDate(iso, pattern, names) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m || !pattern) { return iso || ''; }
    var y = +m[1], mo = +m[2], d = +m[3];
    var weekday = (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7;
    var out = '', i = 0, quoted = false;
    while (i < pattern.length) {
      var c = pattern.charAt(i);
      if (c === "'") {
        if (pattern.charAt(i + 1) === "'") { out += "'"; i += 2; continue; }
        quoted = !quoted; i++; continue;
      }
      if (quoted) { out += c; i++; continue; }
      var run = 1;
      while (pattern.charAt(i + run) === c) { run++; }
      if (c === 'y' || c === 'u') {
        out += run === 2 ? pad(y % 100, 2) : pad(y, run);
      } else if (c === 'M' || c === 'L') {
        out += run >= 4 ? names.months[mo - 1] : run === 3 ? names.monthsShort[mo - 1] : pad(mo, run);
      } else if (c === 'd') {
        out += pad(d, run);
      } else if (c === 'E') {
        out += run >= 4 ? names.weekdays[weekday] : names.weekdaysShort[weekday];
      } else if (c !== '[' && c !== ']') {
        out += pattern.substring(i, i + run); // text; '[' and ']' mark optional parts and print nothing
      }
      i += run;
    }
    return out;
  }

  function dateNames(data) {
    var list = function (s) { return (s || '').split('|'); };
    return { months: list(data.months), monthsShort: list(data.monthsShort), weekdays: list(data.weekdays),
             weekdaysShort: list(data.weekdaysShort) };
  }

  global.CasebookSearch = {
    normalize: normalize, tokens: tokens, phrases: phrases, shardOf: shardOf, snippet: snippet, formatDate: formatDate,
    hasTable: function () { return table !== null; },
    decodeDocs: function (s, n) { var out = []; eachDoc(s, n, function (d) { out.push(d); }); return out; },
    requested: function () { return requested.slice(); }
  };

  var app = document.getElementById('search-app');
  if (app) { new App(app).start(); }
})(window);
