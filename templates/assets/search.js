/*
 * Casebook search client: no framework, no server, no fetch. The index is a set of script files that
 * call window.casebookSearchLoad(payload), so it loads from a web server, under a sub-path and from
 * file:// alike. The tokenizer below is the twin of org.casebook.search.Tokenizer; both are held to
 * the same test vectors.
 */
(function (global) {
  'use strict';

  var FORMAT = 8;
  var TAIL_CODE = 4; // characters of a tail code (IndexFormat.TAIL_CODE_CHARS)
  var CALLBACK = 'casebookSearchLoad';
  var PAGE_SIZE = 10;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = new Int8Array(128);
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charCodeAt(a)] = a; }

  // ---------------------------------------------------------------- tokenizer
  var SEPARATOR = 0, HAN = 1, WORD = 2;
  // made from a string: a browser without Unicode property escapes (IE, Chrome before 64) must still
  // parse this file, to say that it cannot search (supported(), at the end)
  var LETTER_OR_DIGIT = unicodeClass('[\\p{L}\\p{Nd}]');

  function unicodeClass(source) {
    try { return new RegExp(source, 'u'); } catch (e) { return null; }
  }

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

  // ---------------------------------------------------------------- query analysis
  /**
   * Ranking constants, tuned on the development half of the judged set (docs/search.md). DEBUG holds
   * the switches a test flips to show that a weakened ranking fails the quality floors:
   * window.casebookSearchDebug = 'nocoord notypo nostop nosynonyms noterms noprf' (any of them; name=value sets a
   * constant below) before this script runs.
   */
  var TUNING = {
    stopWeight: 0.1, phraseWeight: 1.0, coordPower: 2, minCover: 0.2, relCover: 0.3,
    typoFactor: 0.9, typoRareDf: 1, typoMinDf: 2, synonymFactor: 0.9, termBoost: 2,
    prfDocs: 3, prfMinDocs: 2, prfTerms: 5, prfMaxDf: 0.2, prfWeight: 0.3, prfMinTerms: 3
  };
  var DEBUG = {};
  String(global.casebookSearchDebug || '').split(/\s+/).forEach(function (k) {
    var eq = k.indexOf('=');
    if (eq > 0 && TUNING.hasOwnProperty(k.substring(0, eq))) { TUNING[k.substring(0, eq)] = +k.substring(eq + 1); } else if (k) { DEBUG[k] = true; }
  });

  var stopWords = {}; // word -> true (function word) or false (protected: 了解 is not 了 + 解)
  var stopLongest = 1;
  var pinyinOf = null; // character -> its toneless readings, in syllable order; loaded when a query needs it
  var syllables = null; // the table's syllables (with a vowel): what a run of letters may split into

  function installStopWords(text) {
    var words = {}, longest = 1;
    String(text).split(' ').forEach(function (w) {
      if (!w) { return; }
      var keep = w.charAt(0) === '!', word = keep ? w.substring(1) : w;
      words[word] = !keep;
      longest = Math.max(longest, word.length);
    });
    stopWords = words;
    stopLongest = longest;
  }

  /** Which UTF-16 units of a normalised Han run belong to a function word: the longest match, left to right. */
  function markStops(run) {
    var stop = [], i = 0;
    for (var z = 0; z < run.length; z++) { stop.push(false); }
    while (i < run.length) {
      var len = 0;
      for (var l = Math.min(stopLongest, run.length - i); l >= 1; l--) {
        if (Object.prototype.hasOwnProperty.call(stopWords, run.substr(i, l))) { len = l; break; }
      }
      if (!len) { i++; continue; }
      if (stopWords[run.substr(i, len)]) { for (var k = i; k < i + len; k++) { stop[k] = true; } }
      i += len;
    }
    return stop;
  }

  /**
   * The twin of org.casebook.search.QueryAnalysis: the query's distinct terms, those that overlap a
   * function word (stop), and the trigrams free of function words (phrases). A query of function
   * words only keeps them all. spans: every term where it stands, [term, first, last character],
   * counted across the runs (holdsEveryPart).
   */
  function analyse(text) {
    var terms = [], seen = {}, content = {}, phr = [], phrSeen = {}, all = [], allSeen = {}, spans = [], at = 0;
    function term(t, isContent, from, to) {
      if (!seen[t]) { seen[t] = true; terms.push(t); }
      if (isContent) { content[t] = true; }
      spans.push([t, at + from, at + to]);
    }
    runs(text).forEach(function (r) {
      if (!r.han) { term(r.text, stopWords[r.text] !== true, 0, 0); at++; return; }
      var cps = Array.from(r.text), marks = markStops(r.text), stop = [], u = 0, k;
      for (k = 0; k < cps.length; k++) { stop.push(marks[u]); u += cps[k].length; }
      if (cps.length === 1) { term(r.text, !stop[0], 0, 0); }
      for (k = 0; k + 1 < cps.length; k++) { term(cps[k] + cps[k + 1], !stop[k] && !stop[k + 1], k, k + 1); }
      for (k = 0; k + 2 < cps.length; k++) {
        var p = cps[k] + cps[k + 1] + cps[k + 2];
        if (!allSeen[p]) { allSeen[p] = true; all.push(p); }
        if (!stop[k] && !stop[k + 1] && !stop[k + 2] && !phrSeen[p]) { phrSeen[p] = true; phr.push(p); }
      }
      at += cps.length;
    });
    var stopSet = {};
    if (!Object.keys(content).length || DEBUG.nostop) { return { terms: terms, stop: stopSet, phrases: all, spans: spans }; }
    terms.forEach(function (t) { if (!content[t]) { stopSet[t] = true; } });
    return { terms: terms, stop: stopSet, phrases: phr, spans: spans };
  }

  function termsOf(variants) {
    var out = [];
    variants.forEach(function (v) { out = out.concat(v.a.terms, v.a.phrases); });
    return unique(out);
  }

  /** The query with one word of a synonym group replaced by each other word of the group. */
  function synonymVariants(q, groups) {
    var n = normalize(q), out = [];
    if (DEBUG.nosynonyms) { return out; }
    (groups || []).forEach(function (group) {
      group.forEach(function (word) {
        if (!word || n.indexOf(word) < 0) { return; }
        group.forEach(function (other) {
          if (other !== word && out.length < 8) {
            var text = n.split(word).join(' ' + other + ' ');
            out.push({ text: text, a: analyse(text), factor: TUNING.synonymFactor, kind: 'synonym' });
          }
        });
      });
    });
    return out;
  }

  /**
   * The query in the written register where a reader typed the spoken one: 没有党员的企业 is written
   * 无党员企业 (or 暂无党员) in a case. Replaced in place, not between spaces as a synonym is, so
   * that 无党员 stays one phrase with what follows it; the question word 有没有 stays as it is.
   */
  function writtenVariants(q) {
    if (DEBUG.nowritten) { return []; }
    var n = normalize(q), text = n.replace(/(^|[^有])没有/g, '$1无');
    return text === n ? [] : [{ text: text, a: analyse(text), factor: TUNING.synonymFactor, kind: 'synonym' }];
  }

  // ---------------------------------------------------------------- same-sound typos
  function installPinyin(text) {
    var parts = String(text).split(' '), of = {}, syl = {};
    for (var i = 0; i + 1 < parts.length; i += 2) {
      var chars = Array.from(parts[i + 1]);
      for (var k = 0; k < chars.length; k++) { (of[chars[k]] = of[chars[k]] || []).push(parts[i]); }
      // the interjections m, n, ng, hm (嗯, 呣) are no syllables here: they would split every -n and -ng
      if (/[aeiouv]/.test(parts[i])) { syl[parts[i]] = true; }
    }
    pinyinOf = of;
    syllables = syl;
  }

  function isHanBigram(t) {
    return t.length === 2 && isHan(t.charCodeAt(0)) && isHan(t.charCodeAt(1));
  }

  /** The twin of Pinyin.keys: the readings of a bigram's two characters combined, at most four. */
  function pinyinKeys(bigram) {
    var out = [];
    if (!pinyinOf || bigram.length !== 2) { return out; }
    var a = pinyinOf[bigram.charAt(0)], b = pinyinOf[bigram.charAt(1)];
    if (!a || !b) { return out; }
    a.forEach(function (x) { b.forEach(function (y) { if (out.length < 4) { out.push(x + "'" + y); } }); });
    return out;
  }

  // the twin of Pinyin.INITIALS_SKIP: a joining character whose bigrams are no words
  var INITIALS_SKIP = '的';

  /** The twin of Pinyin.initialKeys: the first letters of each of a bigram's keys, each once (党建: d-j). */
  function initialKeys(bigram) {
    var out = [];
    if (INITIALS_SKIP.indexOf(bigram.charAt(0)) >= 0 || INITIALS_SKIP.indexOf(bigram.charAt(bigram.length - 1)) >= 0) { return out; }
    pinyinKeys(bigram).forEach(function (k) {
      var i = k.charAt(0) + '-' + k.charAt(k.indexOf("'") + 1);
      if (out.indexOf(i) < 0) { out.push(i); }
    });
    return out;
  }

  /**
   * Picks, for the characters of the weak bigrams, the replacements of the same sound that give the
   * query the most bigrams the index holds (then the largest sum of their log case counts). Returns
   * the corrected query, or null when nothing better than the query itself is found.
   */
  function correct(n, weak, found, sounds) {
    var df = soundCounts(found, sounds), options = {}, positions = [];
    weak.forEach(function (t) {
      pinyinKeys(t).forEach(function (k) {
        var e = soundOf(sounds, k);
        if (!e) { return; }
        for (var i = 0; i * 2 < e[0].length; i++) {
          var c = e[0].substr(i * 2, 2);
          // one wrong character: the candidate keeps the other character where it stands
          if (c === t || e[1][i] < TUNING.typoMinDf || (c.charAt(0) !== t.charAt(0) && c.charAt(1) !== t.charAt(1))) { continue; }
          for (var at = n.indexOf(t); at >= 0; at = n.indexOf(t, at + 1)) {
            for (var j = 0; j < 2; j++) {
              if (c.charAt(j) === t.charAt(j)) { continue; }
              var o = options[at + j] || (options[at + j] = [n.charAt(at + j)]);
              if (o.indexOf(c.charAt(j)) < 0 && o.length < 4) { o.push(c.charAt(j)); }
            }
          }
        }
      });
    });
    positions = Object.keys(options).map(Number).sort(function (x, y) { return x - y; }).slice(0, 4);
    if (!positions.length) { return null; }
    var best = spell(n.split(''), positions, options, df, 1)[0];
    return best.value > spellValue(n, df) + 1e-9 ? best.text : null;
  }

  /** The case count of term {@code t} in a look-up's result ([df, docs, …]); 0 when the index lacks it. */
  function dfOf(entries, t) {
    var e = entries[t];
    return e && typeof e[0] === 'number' ? e[0] : 0;
  }

  /** The entry of sound key {@code k} in a look-up's result (["bigrams", [counts]]), or null. */
  function soundOf(entries, k) {
    var e = entries[k];
    return e && typeof e[0] === 'string' ? e : null;
  }

  /** Every bigram's case count the index told: the query's own terms and the candidates of each sound. */
  function soundCounts(found, sounds) {
    var df = {};
    Object.keys(found).forEach(function (t) { if (dfOf(found, t)) { df[t] = dfOf(found, t); } });
    Object.keys(sounds).forEach(function (k) {
      var e = soundOf(sounds, k);
      if (!e) { return; }
      for (var i = 0; i * 2 < e[0].length; i++) { df[e[0].substr(i * 2, 2)] = e[1][i]; }
    });
    return df;
  }

  /** How good a spelling is: the bigrams the index holds, then the sum of their log case counts. */
  function spellValue(text, df) {
    var have = 0, mass = 0;
    for (var i = 0; i + 1 < text.length; i++) {
      var c = df[text.substr(i, 2)] || 0;
      if (c > 0) { have++; mass += Math.log(1 + c); }
    }
    return have * 1000 + mass;
  }

  /**
   * The {@code keep} best spellings of {@code chars} with each of the {@code positions} taking one of
   * its {@code options} (every combination tried: at most four positions of four options, or eight
   * syllables of three), as {text, value}, best first.
   */
  function spell(chars, positions, options, df, keep) {
    var best = [];
    (function walk(k) {
      if (k === positions.length) {
        var text = chars.join(''), v = spellValue(text, df), at = best.length;
        while (at > 0 && best[at - 1].value < v - 1e-9) { at--; }
        if (at < keep) { best.splice(at, 0, { text: text, value: v }); best.length = Math.min(best.length, keep); }
        return;
      }
      var at = positions[k], was = chars[at];
      options[at].forEach(function (c) { chars[at] = c; walk(k + 1); });
      chars[at] = was;
    })(0);
    return best;
  }

  // ---------------------------------------------------------------- pinyin typed as letters

  /**
   * The runs of letters in a normalized query that no case holds as words and that read as pinyin of
   * two to eight syllables (dangjian, liudong dangyuan, xi'an): what a reader types with the input
   * method switched off. Each run is {text, ways, sep}, ways its splits into syllables, fewest first.
   * A word of two to four consonants that splits into no syllables reads as initials (简拼: dj for
   * 党建, dyjy for 党员教育), one way of one letter each. Words the index holds (ESG, APP) are never
   * read as pinyin, nor is one syllable alone (AI).
   */
  function pinyinRuns(n, found) {
    if (!syllables) { return []; }
    // only a query of Latin letters alone reads as pinyin: letters beside Chinese characters or digits are a
    // word of their own (QQ群, APP推广, AI赋能), never initials to spell in Chinese (QQ群 is not 区企群)
    if (runs(n).some(function (r) { return !/^[a-z]+$/.test(r.text); })) { return []; }
    var out = [], re = /[a-z]+(?:['\s]+[a-z]+)*/g, m;
    while ((m = re.exec(n)) !== null) {
      var words = m[0].split(/['\s]+/);
      if (words.some(function (w) { return dfOf(found, w); })) { continue; }
      var ways = splitSyllables(words);
      if (ways.length) {
        out.push({ text: m[0], ways: ways, sep: "'" });
      } else if (words.length === 1 && /^[bpmfdtnlgkhjqxzcsryw]{2,4}$/.test(words[0])) {
        out.push({ text: m[0], ways: [words[0].split('')], sep: '-' });
      }
    }
    return out;
  }

  /** The splits of typed words into syllables (a typed break is always one), at most four, fewest syllables first. */
  function splitSyllables(words) {
    var ways = [];
    (function split(w, at, acc) {
      if (ways.length >= 4 || acc.length > 8) { return; }
      if (w === words.length) {
        if (acc.length >= 2) { ways.push(acc.slice()); }
        return;
      }
      var word = words[w];
      if (at === word.length) { split(w + 1, 0, acc); return; }
      for (var len = Math.min(6, word.length - at); len >= 1; len--) {
        var syl = word.substr(at, len);
        if (syllables[syl]) { acc.push(syl); split(w, at + len, acc); acc.pop(); }
      }
    })(0, 0, []);
    return ways.sort(function (x, y) { return x.length - y.length; });
  }

  /** The sound keys of a split's neighbouring syllables, as the index lists them: dang'jian (initials: d-j). */
  function syllableKeys(way, sep) {
    var out = [];
    for (var i = 0; i + 1 < way.length; i++) { out.push(way[i] + sep + way[i + 1]); }
    return out;
  }

  /**
   * The Chinese a run of pinyin may stand for, best first (at most four): for each split, each
   * syllable takes one of the three commonest characters the index's bigrams of its sound give it,
   * and spellings with more bigrams the index holds come first; every character must belong to one.
   * Unlike a typo's correction, a bigram of one case counts: letters have no other reading to keep.
   */
  function readPinyin(run, sounds, df) {
    if (run.sep === '-' && run.ways[0].length % 2 === 0) { return readInitials(run.ways[0], sounds, df); }
    var all = [];
    run.ways.forEach(function (way) {
      var options = {}, positions = [];
      for (var i = 0; i < way.length; i++) {
        var seen = {}, cands = [];
        [[i - 1, 1], [i, 0]].forEach(function (side) {
          if (side[0] < 0 || side[0] + 1 >= way.length) { return; }
          var e = soundOf(sounds, way[side[0]] + run.sep + way[side[0] + 1]);
          if (!e) { return; }
          for (var k = 0; k * 2 < e[0].length; k++) {
            var c = e[0].charAt(k * 2 + side[1]);
            if (!seen[c]) { seen[c] = true; cands.push([c, e[1][k]]); }
          }
        });
        if (!cands.length) { return; }
        cands.sort(function (x, y) { return y[1] - x[1]; });
        options[i] = cands.slice(0, 3).map(function (x) { return x[0]; });
        positions.push(i);
      }
      spell(positions.map(function (p) { return options[p][0]; }), positions, options, df, 4).forEach(function (got) {
        for (var j = 0; j < got.text.length; j++) {
          var left = j > 0 && df[got.text.substr(j - 1, 2)] > 0, right = j + 1 < got.text.length && df[got.text.substr(j, 2)] > 0;
          if (!left && !right) { return; }
        }
        all.push(got);
      });
    });
    all.sort(function (x, y) { return y.value - x.value; });
    return all.slice(0, 4).map(function (x) { return x.text; });
  }

  /**
   * Initials read as words of two characters (dyjy: dy + jy, as 简拼 is typed): each pair takes one of
   * the four commonest bigrams of its initials, and every combination is a reading, the commonest
   * first; the three-character phrases the index holds then choose among them (applyReadings), so
   * 党员教育 wins over 党员经验 where more cases say 党员教育, and a reading whose phrases the index
   * does not all hold is no reading (the commonest bigrams of a pair of initials are not always words).
   */
  function readInitials(letters, sounds, df) {
    var readings = [''];
    for (var i = 0; i < letters.length; i += 2) {
      var e = soundOf(sounds, letters[i] + '-' + letters[i + 1]), next = [];
      if (!e) { return []; }
      readings.forEach(function (r) {
        for (var k = 0; k * 2 < e[0].length; k++) { next.push(r + e[0].substr(k * 2, 2)); }
      });
      readings = next;
    }
    return readings.map(function (t) { return { text: t, value: spellValue(t, df) }; })
      .sort(function (x, y) { return y.value - x.value; }).map(function (x) { return x.text; });
  }

  /**
   * The query with each run replaced by the reading with the most three-character phrases the index
   * holds (积分制度 over 极分制度, though 积极分子 makes 极分 the commoner bigram), then the first.
   */
  function applyReadings(n, readings, held) {
    var text = n;
    readings.forEach(function (x) {
      var best = x.texts[0], most = -1;
      x.texts.forEach(function (t) {
        var have = phrases(t).filter(function (p) { return dfOf(held, p); }).length;
        if (have > most) { best = t; most = have; }
      });
      // initials of two words or more name too many: only a reading the index holds as phrases throughout
      if (x.run.sep === '-' && best.length > 2 && most < phrases(best).length) { return; }
      text = text.replace(x.run.text, best);
    });
    return text;
  }

  /** Each run's readings, for the runs that have any. */
  function readRuns(runs, sounds, df) {
    return runs.map(function (r) { return { run: r, texts: readPinyin(r, sounds, df) }; })
      .filter(function (x) { return x.texts.length; });
  }

  /** The phrases that tell apart the readings of runs with more than one, and those of every reading of initials. */
  function phrasesOfReadings(readings) {
    var out = {};
    readings.forEach(function (x) {
      // initials need the phrases even for one reading: a reading the index does not hold is none
      if (x.texts.length > 1 || x.run.sep === '-') { x.texts.forEach(function (t) { phrases(t).forEach(function (p) { out[p] = true; }); }); }
    });
    return Object.keys(out);
  }

  // ---------------------------------------------------------------- loading
  var pending = {};
  var loaded = {};
  var requested = []; // every index file asked for, in order: benchmarks sum their sizes

  function keyOf(p) {
    if (p.type === 'shard') { return 's' + p.id; }
    if (p.type === 'doc') { return 'd' + p.id; }
    return p.type;
  }

  global[CALLBACK] = function (payload) {
    if (payload && payload.type === 't2s') { installTable(payload.pairs); }
    if (payload && payload.type === 'py') { installPinyin(payload.table); }
    if (payload && payload.type === 'entry' && typeof payload.stop === 'string') { installStopWords(payload.stop); }
    var key = keyOf(payload), p = pending[key];
    if (p) { delete pending[key]; p.resolve(payload); }
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

  // ---------------------------------------------------------------- decoding
  /**
   * An encoded document set as a bitset: 'd' varint gaps, 'b' a six-bits-a-character bitmap, 'c'
   * every document except those of the varint gaps. Plain loops without a call per document: this
   * runs on the first search, before the engine is warm, over every facet and the query's terms.
   */
  function docBits(s, n) {
    var bits = bitset(n), words = bits.length, kind = s.charAt(0), i, d, w;
    if (kind === 'b') {
      for (i = 1, d = 0; i < s.length && d < n; i++, d += 6) {
        var six = DIGIT[s.charCodeAt(i)], at = d & 31;
        if (!six) { continue; }
        w = d >>> 5;
        bits[w] |= six << at;
        if (at > 26 && w + 1 < words) { bits[w + 1] |= six >>> (32 - at); }
      }
    } else if (kind === 'c') {
      for (w = 0; w < words; w++) { bits[w] = -1; }
    }
    if (kind === 'd' || kind === 'c') {
      var v = 0, mul = 1, prev = -1;
      for (i = 1; i < s.length; i++) {
        var digit = DIGIT[s.charCodeAt(i)];
        v += (digit & 31) * mul;
        if (digit & 32) { mul *= 32; continue; }
        prev += v + 1;
        v = 0;
        mul = 1;
        if (prev >= n) { continue; }
        if (kind === 'd') { bits[prev >>> 5] |= 1 << (prev & 31); } else { bits[prev >>> 5] &= ~(1 << (prev & 31)); }
      }
    }
    if (n & 31) { bits[words - 1] &= (1 << (n & 31)) - 1; }
    return bits;
  }

  /** The documents of a bitset, in ascending order. */
  function bitDocs(bits) {
    var count = 0, w, x;
    for (w = 0; w < bits.length; w++) { count += popcount(bits[w]); }
    var out = new Int32Array(count), at = 0;
    for (w = 0; w < bits.length; w++) {
      for (x = bits[w]; x; x &= x - 1) { out[at++] = (w << 5) + (31 - Math.clz32(x & -x)); }
    }
    return out;
  }

  /**
   * Adds one term's postings ([df, docs, scores, default]) to the accumulators: acc[d] += weight ×
   * the case's score (BM25's term-frequency part; the caller's weight holds the IDF), cov[d] +=
   * share. One pass over the document bits that reads the scores as it goes, without arrays of
   * documents or scores: this runs before the engine is warm, over every case holding a common word.
   */
  function addPostings(e, n, weight, acc, cov, share, held) {
    var bits = docBits(e[1], n), words = bits.length, s = e[2], at = 0, left = e[0], fallback = e[3];
    var next = -1, nextScore = 0, v, mul, dg, wd, x, d, score;
    function varint() {
      for (v = 0, mul = 1; ; mul *= 32) { dg = DIGIT[s.charCodeAt(at++)]; v += (dg & 31) * mul; if (!(dg & 32)) { return v; } }
    }
    // with a fallback score only the best cases are listed, as (gap, score above the fallback) pairs
    // in document order: the next listed case and its score, -1 when none is left
    function advance() {
      if (at < s.length) { next += varint() + 1; nextScore = fallback + varint(); } else { next = -1; }
    }
    if (fallback !== 0) { advance(); }
    for (wd = 0; wd < words && left > 0; wd++) {
      for (x = bits[wd]; x && left > 0; x &= x - 1, left--) {
        d = (wd << 5) + (31 - Math.clz32(x & -x));
        if (fallback === 0) {
          // every case listed, in order: read in line, since this runs once per case
          for (v = 0, mul = 1; ; mul *= 32) { dg = DIGIT[s.charCodeAt(at++)]; v += (dg & 31) * mul; if (!(dg & 32)) { break; } }
          score = v;
        } else if (d === next) {
          score = nextScore;
          advance();
        } else {
          score = fallback;
        }
        acc[d] += weight * score;
        if (cov) { cov[d] += share; }
        if (held) { held[d]++; }
      }
    }
  }

  /** BM25's inverse document frequency of a term held by {@code df} of {@code n} cases. */
  function idfOf(n, df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

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
    this.tailStart = entry.docs - entry.tail.length / TAIL_CODE;
    this.synonyms = entry.synonyms || [];
    this.names = entry.names || {};
    if (typeof entry.stop === 'string') { installStopWords(entry.stop); }
    // the taxonomies come from the entry, in the site's order, as [key, label]; each facet key is kind/slug
    this.kinds = {};
    this.kindNames = {};
    this.termDocs = {};
    var self = this;
    entry.kinds.forEach(function (k) {
      self.kinds[k[0]] = [];
      self.kindNames[k[0]] = k[1];
    });
    Object.keys(entry.facets).forEach(function (key) {
      var kind = key.substring(0, key.indexOf('/'));
      self.termDocs[key] = docBits(entry.facets[key], self.n);
      if (self.kinds[kind]) { self.kinds[kind].push(key); }
    });
  }

  // a shard names the numbering and scoring its scores were made with: one of another build that
  // names the same differs only in the postings of cases edited or added since, so a rebuild keeps it
  // as it was. Naming a case of the last, incomplete chunk, it also names that case's tail code (the
  // numbering of the chunk up to it), and with a set written by its missing cases, the case count.
  Engine.prototype.shard = function (i) {
    var self = this;
    return loadShard(this.base, i).then(function (p) {
      if (!self.madeLikeThis(p)) { throw stale(); }
      return p;
    });
  };

  /** Whether a shard's scores were made with this index's scoring and with its numbering of the cases it names. */
  Engine.prototype.madeLikeThis = function (p) {
    var t = p.tail; // [last case named, its tail code, 1 when the shard names every case]
    if (p.scoring !== this.entry.scoring) { return false; }
    if (!t) { return true; }
    if (t[2] && t[0] !== this.n - 1) { return false; }
    return t[0] < this.tailStart || this.tailCode(t[0]) === t[1];
  };

  /** The tail code of document i (of the last, incomplete chunk), '' for a number past the last case. */
  Engine.prototype.tailCode = function (i) {
    var at = (i - this.tailStart) * TAIL_CODE;
    return this.entry.tail.substring(at, at + TAIL_CODE);
  };

  // a fragment carries the numbering of the cases it was made with, not the build: its chunk's, or in
  // the last, incomplete chunk its tail code, so an unchanged case's fragment stays the same file
  // across builds, and across cases added after it
  Engine.prototype.doc = function (i) {
    var self = this;
    return load('d' + i, this.base + 'd/' + i + '.js').then(function (p) {
      if (i >= self.tailStart ? p.tail !== self.tailCode(i) : p.order !== self.entry.order[Math.floor(i / self.entry.orderChunk)]) {
        throw stale();
      }
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

  /**
   * Runs a query: ranked ids of all matches (after filters), facet counts, whether the best match
   * lacks part of the query, the words to mark and a suggested spelling. The query is read by
   * analyse(), widened by the knowledge base's synonyms and, when a word of it looks mistyped, by a
   * same-sound correction (variants()), and every variant is scored by score(); a case keeps the
   * best of its variants' scores.
   */
  Engine.prototype.search = function (q, filters) {
    var self = this, base = analyse(q);
    if (!base.terms.length) { return Promise.resolve(this.rank(null, null, filters, false)); }
    var variants = [{ text: q, a: base, factor: 1, kind: 'query' }].concat(synonymVariants(q, this.synonyms),
      writtenVariants(q));
    return this.lookup(termsOf(variants)).then(function (found) {
      var missing = base.terms.some(function (t) { return !found[t]; });
      if (missing && !table && /[\u3400-\u9fff\uf900-\ufaff]/.test(q)) {
        // maybe traditional characters: fold them and ask again
        return load('t2s', self.base + 't2s.js').then(function () { return self.search(q, filters); });
      }
      return self.correction(q, base, found).then(function (fix) {
        if (!fix) { return found; }
        variants.push({ text: fix, a: analyse(fix), factor: TUNING.typoFactor, kind: 'typo' });
        return self.lookup(termsOf(variants)).then(function (more) {
          Object.keys(more).forEach(function (t) { found[t] = more[t]; });
          return found;
        });
      }).then(function (all) {
        function finish(s) {
          var result = self.rank(s.score, s.matches, filters, s.partial);
          result.marks = s.marks;
          var top = result.ids.length ? variants[s.from[result.ids[0]]] : null;
          if (top && top.kind === 'typo') { result.suggestion = top.text; }
          return result;
        }
        var s = self.score(variants, all);
        var content = base.terms.filter(function (t) { return !base.stop[t] && dfOf(all, t); }).length;
        var absent = base.terms.some(function (t) { return !base.stop[t] && !dfOf(all, t); });
        if (DEBUG.noprf || !TUNING.prfDocs || !(s.short || absent) || content < TUNING.prfMinTerms) {
          return finish(s);
        }
        var first = self.rank(s.score, s.matches, {}, s.partial).ids.slice(0, TUNING.prfDocs);
        if (first.length < TUNING.prfMinDocs) { return finish(s); }
        return self.feedback(first, base, all).then(function (extra) {
          if (!extra.length) { return finish(s); }
          var v0 = variants[0], weight = {};
          extra.forEach(function (t) { weight[t] = TUNING.prfWeight; });
          variants[0] = { text: v0.text, a: { terms: v0.a.terms.concat(extra), stop: v0.a.stop, phrases: v0.a.phrases, weight: weight,
            spans: v0.a.spans },
                          factor: v0.factor, kind: v0.kind };
          return finish(self.score(variants, all));
        });
      });
    });
  };

  /**
   * Words of the best first results that the query lacks (pseudo-relevance feedback): bigrams and
   * Latin words of the titles and summaries of the first TUNING.prfDocs cases, held by at least
   * TUNING.prfMinDocs of them and by at most TUNING.prfMaxDf of all cases, the most shared first.
   */
  Engine.prototype.feedback = function (ids, a, found) {
    var self = this;
    return Promise.all(ids.map(function (i) { return self.doc(i); })).then(function (docs) {
      var count = {}, order = [];
      docs.forEach(function (d) {
        var seen = {};
        tokens(d.title + '\n' + d.summary).forEach(function (t) {
          if (t.length < 2 || seen[t] || a.terms.indexOf(t) >= 0 || markStops(t).some(Boolean)) { return; }
          seen[t] = true;
          if (!count[t]) { count[t] = 0; order.push(t); }
          count[t]++;
        });
      });
      var cands = order.filter(function (t) { return count[t] >= TUNING.prfMinDocs; });
      cands.sort(function (x, y) { return count[y] - count[x]; });
      cands = cands.slice(0, TUNING.prfTerms * 3);
      return self.lookup(cands).then(function (more) {
        Object.keys(more).forEach(function (t) { found[t] = more[t]; });
        return cands.filter(function (t) { var df = dfOf(more, t); return df && df <= self.n * TUNING.prfMaxDf; })
          .slice(0, TUNING.prfTerms);
      });
    });
  };

  /**
   * The scores of every case for the query's variants. Per variant: BM25 of its terms (the index's
   * integer scores, function-word terms at TUNING.stopWeight), the trigram phrase bonus, times a
   * coordination factor, the share of the variant's IDF-weighted terms the case holds, raised to
   * TUNING.coordPower: cases matching more (and rarer) parts of the query rank first, and nothing
   * requires every term. A case matches when its share reaches TUNING.minCover, and TUNING.relCover
   * of the best share any case reaches (so a 积分制度 query shows no case holding 制度 alone).
   * partial: no case holds every part of a variant the reader asked for (holdsEveryPart: what the
   * page tells the reader; the function words of 三张清单怎么用 are not what it asked for); short: no
   * case holds every term, function words included (when feedback is tried).
   */
  Engine.prototype.score = function (variants, found) {
    var n = this.n, score = new Float64Array(n), from = new Int8Array(n), best = 0, cover = [], whole = false;
    var marks = {};
    variants.forEach(function (v, vi) {
      var acc = new Float64Array(n), cov = new Float64Array(n), total = 0, held = new Uint16Array(n), content = 0;
      v.a.terms.forEach(function (t) {
        var stop = !!v.a.stop[t], w = stop ? TUNING.stopWeight : (v.a.weight && v.a.weight[t]) || 1;
        var df = dfOf(found, t);
        var idf = idfOf(n, df), share = w * idf;
        if (!stop && !(v.a.weight && v.a.weight[t])) { marks[t] = true; }
        // a term no case holds tells cases nothing apart (e.g. a bigram across two words of a question)
        if (!df) { return; }
        total += share;
        // the words feedback added are not the reader's: a case lacking them is still a whole match
        var asked = !stop && !(v.a.weight && v.a.weight[t]);
        if (asked) { content++; }
        addPostings(found[t], n, w * idf, acc, cov, share, asked ? held : null);
      });
      v.a.phrases.forEach(function (t) {
        var df = dfOf(found, t);
        if (df) { addPostings(found[t], n, TUNING.phraseWeight * idfOf(n, df), acc, null, 0); }
      });
      for (var d = 0; d < n; d++) {
        if (!cov[d]) { continue; }
        if (held[d] === content) { whole = true; }
        var c = total > 0 ? cov[d] / total : 0;
        cov[d] = c;
        if (c > best) { best = c; }
        var s = v.factor * acc[d] * (DEBUG.nocoord ? 1 : Math.pow(c, TUNING.coordPower));
        if (s > score[d]) { score[d] = s; from[d] = vi; }
      }
      cover.push(cov);
    });
    // every term of a variant held by one case makes a whole match; failing that, every part of it
    if (!whole) { whole = variants.some(function (v, vi) { return holdsEveryPart(v, found, n, cover[vi]); }); }
    this.boostNamed(normalize(variants[0].text), score);
    var need = DEBUG.nocoord ? 1e-9 : Math.max(TUNING.minCover, best * TUNING.relCover);
    var matches = bitset(n);
    for (var m = 0; m < n; m++) {
      var ok = false;
      for (var k = 0; k < cover.length && !ok; k++) { ok = cover[k][m] >= need - 1e-9; }
      if (ok) { matches[m >>> 5] |= 1 << (m & 31); score[m] = Math.round(score[m] * 100); }
    }
    return { score: score, matches: matches, from: from, partial: !whole, short: best < 0.999, marks: Object.keys(marks) };
  };

  /**
   * Whether one case holds every part of a variant the reader asked for: each of its characters
   * outside a function word that the index's terms reach is in a content term that case holds. So a
   * bigram across two words (链党 in 区块链党建, held by cases on 产业链党建) need not be held by a case
   * that holds 区块链 and 党建. Only the cases of {@code cov} (those holding any term) are tried.
   */
  function holdsEveryPart(v, found, n, cov) {
    var reach = [], need = {}, bits = {};
    v.a.spans.forEach(function (x) {
      var t = x[0];
      if (v.a.stop[t] || !dfOf(found, t)) { return; }
      reach.push(x);
      for (var p = x[1]; p <= x[2]; p++) { need[p] = true; }
      if (!bits[t]) { bits[t] = docBits(found[t][1], n); }
    });
    var needed = Object.keys(need).length;
    if (!needed) { return false; }
    for (var d = 0; d < n; d++) {
      if (!cov[d]) { continue; }
      var got = {}, count = 0;
      for (var i = 0; i < reach.length; i++) {
        var x = reach[i];
        if (!(bits[x[0]][d >>> 5] & (1 << (d & 31)))) { continue; }
        for (var p = x[1]; p <= x[2]; p++) { if (!got[p]) { got[p] = true; count++; } }
      }
      if (count === needed) { return true; }
    }
    return false;
  }

  /**
   * A query that names a park, theme or method (its name or an alias: 洋浦, 综保区, 现场观摩) asks for
   * that term's cases: they are multiplied by TUNING.termBoost, once per term named.
   */
  Engine.prototype.boostNamed = function (q, score) {
    var self = this;
    if (DEBUG.noterms) { return; }
    Object.keys(this.names).forEach(function (key) {
      var named = self.names[key].some(function (name) { return name.length >= 2 && q.indexOf(name) >= 0; });
      var member = named && self.termDocs[key];
      if (!member) { return; }
      for (var d = 0; d < score.length; d++) {
        if (score[d] && (member[d >>> 5] & (1 << (d & 31)))) { score[d] *= TUNING.termBoost; }
      }
    });
  };

  /**
   * A same-sound correction of the query, or null: when a content bigram is missing from the index,
   * it and every content bigram held in at most TUNING.typoRareDf cases are looked up by their pinyin keys (the index lists the
   * bigrams of each sound with their case counts; search/py.js, loaded only now, gives the query
   * characters' readings); each character then takes the reading that gives the query the most
   * bigrams the index has, the commonest first. 党建联萌 becomes 党建联盟, 积分治度 积分制度.
   * Letters no case holds that read as pinyin are spelled in Chinese first (pinyinRuns, readPinyin):
   * dangjian becomes 党建.
   */
  Engine.prototype.correction = function (q, a, found) {
    var self = this, n = normalize(q), runs = [];
    if (DEBUG.notypo) { return Promise.resolve(null); }
    var weak = a.terms.filter(function (t) {
      return !a.stop[t] && isHanBigram(t) && (!found[t] || found[t][0] <= TUNING.typoRareDf);
    });
    // a rare word alone is no typo: only a query with a bigram the index lacks is corrected
    var typo = weak.some(function (t) { return !found[t]; });
    var letters = /[a-z]/.test(n) && a.terms.some(function (t) { return !found[t] && /^[a-z]+$/.test(t); });
    if (!typo && !letters) { return Promise.resolve(null); }
    return (pinyinOf ? Promise.resolve() : load('py', this.base + 'py.js')).then(function () {
      var keys = {};
      if (typo) { weak.forEach(function (t) { pinyinKeys(t).forEach(function (k) { keys[k] = true; }); }); }
      runs = letters ? pinyinRuns(n, found) : [];
      runs.forEach(function (r) { r.ways.forEach(function (w) { syllableKeys(w, r.sep).forEach(function (k) { keys[k] = true; }); }); });
      return Object.keys(keys).length ? self.lookup(Object.keys(keys)) : {};
    }).then(function (sounds) {
      var readings = readRuns(runs, sounds, soundCounts(found, sounds)), tri = phrasesOfReadings(readings);
      return (tri.length ? self.lookup(tri) : Promise.resolve({})).then(function (held) {
        var text = applyReadings(n, readings, held);
        var fixed = typo ? correct(text, weak, found, sounds) : null;
        return fixed || (text === n ? null : text);
      });
    }).then(null, function () { return null; });
  };

  /**
   * Applies the filters (OR within a taxonomy, AND across) and counts each facet term: the matches
   * that pass the filters of the *other* taxonomies and have that term. Then ranks the hits by score,
   * ties newest first (documents are numbered oldest first).
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
      // far cheaper than a comparator over thousands of hits; documents are numbered oldest first,
      // so the larger number wins a tie
      var scale = Math.pow(2, Math.ceil(Math.log2(this.n + 1))), keys = new Float64Array(hits.length), i;
      for (i = 0; i < hits.length; i++) { keys[i] = acc[hits[i]] * scale + hits[i]; }
      keys.sort();
      for (i = 0; i < hits.length; i++) { hits[i] = keys[hits.length - 1 - i] % scale; }
    } else {
      hits.reverse();
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

  /**
   * The snippet from a fragment's passages (Passages.java: the body's most telling sentences, a line
   * break between passages that do not follow each other): the run of whole sentences, at most width
   * characters, that holds the most different query terms, then the most matches, with them marked.
   * A single sentence longer than width falls back to the best window inside it.
   */
  function passageSnippet(text, terms, width) {
    var best = null, passages = String(text).split('\n');
    passages.forEach(function (passage, pi) {
      var sentences = passage.match(/[^。！？；!?]+[。！？；!?]*[”’」』）)]*/g) || [];
      for (var i = 0; i < sentences.length; i++) {
        var len = 0, chunk = '', j;
        for (j = i; j < sentences.length && len + sentences[j].length <= width; j++) {
          chunk += sentences[j];
          len += sentences[j].length;
        }
        if (!chunk) { chunk = sentences[i]; }
        var ranges = matchRanges(chunk, terms), seen = {}, value = 0;
        ranges.forEach(function (r) { if (!seen[r[2]]) { seen[r[2]] = true; value += 10 * r[2].length; } else { value += 1; } });
        if (value > 0 && (!best || value > best.value)) {
          best = { value: value, chunk: chunk, lead: pi > 0 || i > 0, tail: j < sentences.length || pi + 1 < passages.length };
        }
      }
    });
    if (!best) { return null; }
    if (best.chunk.length > width) { return snippet(best.chunk, terms, width); }
    return (best.lead ? '…' : '') + marked(best.chunk, matchRanges(best.chunk, terms), 0, best.chunk.length) + (best.tail ? '…' : '');
  }

  // ---------------------------------------------------------------- the page
  /** A bundle message with {0}, {1}… filled from the arguments after it. */
  function format(msg) {
    var args = arguments;
    return String(msg).replace(/\{(\d)\}/g, function (m, i) { return +i + 1 < args.length ? args[+i + 1] : m; });
  }

  function readState() {
    // every parameter but q names a taxonomy; one the index does not know filters nothing
    var p = new URLSearchParams(global.location.search), filters = {};
    p.forEach(function (value, k) {
      if (k !== 'q' && value) { (filters[k] = filters[k] || []).push(value); }
    });
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
    // every term's name, as the facet panel shows it: the result chips and the chips of the boxes ticked
    // say the same, and no fragment repeats it
    this.termNames = {};
    var names = this.termNames;
    this.checks.forEach(function (c) {
      var name = c.parentNode.querySelector('.facet-name');
      if (name) { names[c.name + '/' + c.value] = name.textContent; }
    });
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
    // search.html preloads the entry with the page, so this takes it from the browser's memory
    this.engine = load('entry', this.data.entry).then(function (entry) {
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
    var filters = {};
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
      // a query with nothing to search for (！！！, punctuation or symbols only) is an empty search, and is told so
      var searchable = tokens(state.q).length > 0;
      return engine.search(searchable ? state.q : '', state.filters).then(function (result) {
        if (seq !== self.seq) { return null; }
        self.result = result;
        self.query = searchable ? state.q : '';
        self.unsearchable = searchable ? '' : state.q;
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
      var terms = result.marks || unique(tokens(self.query)), firstNew = null;
      docs.forEach(function (d) {
        var li = self.item(d, terms, engine.kindNames);
        if (!firstNew) { firstNew = li; }
        self.list.appendChild(li);
      });
      self.shown += docs.length;
      self.more.hidden = self.shown >= result.ids.length;
      var n = result.ids.length, msg;
      if (!n) {
        msg = self.data.msgNone;
      } else if (result.partial) {
        msg = format(self.data.msgPartial, n);
      } else if (self.unsearchable) {
        msg = format(self.data.msgNoTerms, n, self.unsearchable);
      } else {
        msg = format(self.query ? self.data.msgCount : self.data.msgCountAll, n);
      }
      self.status.textContent = msg;
      self.suggest(result.suggestion);
      if (self.shown > PAGE_SIZE && firstNew) { firstNew.querySelector('a').focus(); }
      self.done();
    });
  };

  /** The did-you-mean line: 「您是不是要找：党建联盟」, the corrected query a link (filters kept). */
  App.prototype.suggest = function (text) {
    var el = document.getElementById('search-suggest');
    if (!el) { return; }
    el.textContent = '';
    el.hidden = !text;
    if (!text) { return; }
    var msg = String(this.data.msgSuggest || '{0}'), at = msg.indexOf('{0}'), state = this.state();
    state.q = text;
    var a = document.createElement('a');
    a.href = stateQuery(state);
    a.textContent = text;
    el.appendChild(document.createTextNode(at < 0 ? msg : msg.substring(0, at)));
    el.appendChild(a);
    if (at >= 0) { el.appendChild(document.createTextNode(msg.substring(at + 3))); }
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

  App.prototype.item = function (d, terms, kindNames) {
    var rootPath = this.data.root || '', data = this.data, names = this.termNames;
    var li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-slug', d.slug);
    var title = terms.length ? (snippet(d.title, terms, 1000) || esc(d.title)) : esc(d.title);
    // the twin of Case.path: a fragment carries no address its slug gives
    var html = '<h3><a class="search-result-link" href="' + esc(rootPath + 'cases/' + d.slug + '/index.html') + '">' + title + '</a></h3>';
    if (!this.dateNames) { this.dateNames = dateNames(data); }
    var when = formatDate(d.date, data.dateFormat, this.dateNames);
    html += '<p class="case-meta">' + (d.date ? '<time datetime="' + esc(d.date) + '">' + esc(when) + '</time>' : '') + '</p>';
    var snip = terms.length ? (passageSnippet(d.text, terms, 160) || snippet(d.summary, terms, 160)) : null;
    if (!snip) { snip = esc(d.summary || d.text.substring(0, 120)); }
    html += '<p class="search-snippet">' + snip + '</p>';
    html += '<ul class="chips">' + d.chips.map(function (c) {
      return '<li><a class="chip chip-' + esc(c[0]) + '" href="' + esc(rootPath + c[0] + '/' + c[1] + '/index.html') + '">' +
        '<span class="visually-hidden">' + esc(kindNames[c[0]] || c[0]) + '：</span>' +
        esc(names[c[0] + '/' + c[1]] || c[1]) + '</a></li>';
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
      var name = app.termNames[c.name + '/' + c.value];
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
    normalize: normalize, tokens: tokens, phrases: phrases, shardOf: shardOf, snippet: snippet, passageSnippet: passageSnippet,
    formatDate: formatDate,
    analyse: function (text) { var a = analyse(text); return { terms: a.terms, stop: Object.keys(a.stop), phrases: a.phrases }; },
    pinyinKeys: pinyinKeys,
    initialKeys: initialKeys,
    pinyinSplits: function (text) { return pinyinRuns(normalize(text), {}).map(function (r) { return r.ways; }); },
    // what a query of letters reads as, given the index's sound entries and the phrases it holds
    pinyinReading: function (text, sounds, held) {
      var n = normalize(text);
      return applyReadings(n, readRuns(pinyinRuns(n, {}), sounds, soundCounts({}, sounds)), held);
    },
    hasTable: function () { return table !== null; },
    decodeDocs: function (s, n) { return Array.prototype.slice.call(bitDocs(docBits(s, n))); },
    requested: function () { return requested.slice(); }
  };

  /**
   * Whether this browser has what the search uses. IE, and the "compatibility mode" of browsers that
   * run an intranet site in it, have not: the page says so, instead of a search that does nothing.
   */
  function supported() {
    // one check per generation of what it uses: Unicode property escapes (ES2018), ES2015 built-ins and
    // typed-array methods, URL parameters, the DOM
    var f = 'function';
    return LETTER_OR_DIGIT !== null && typeof Promise === f && typeof Array.from === f && typeof Math.clz32 === f
      && typeof ''.normalize === f && typeof Uint32Array.prototype.slice === f && typeof URLSearchParams === f
      && typeof Element.prototype.remove === f;
  }

  var app = document.getElementById('search-app');
  if (app && !supported()) {
    var note = document.getElementById('search-nojs');
    if (note) { note.textContent = app.getAttribute('data-msg-old-browser'); }
  } else if (app) {
    new App(app).start();
  }
})(window);
