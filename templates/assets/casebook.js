/* Casebook default theme script: progressive enhancement only; every page works without it. */
(function () {
  'use strict';
  // "/" focuses the search box, as on most sites, unless the reader is typing somewhere.
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    var box = document.getElementById('search-q') || document.getElementById('site-search');
    if (box) { e.preventDefault(); box.focus(); }
  });
})();
