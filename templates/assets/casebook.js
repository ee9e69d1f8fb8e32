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
  // "打印" buttons are hidden until this script can make them work.
  var buttons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () { window.print(); });
  }
  // A case's contents: collapsed on phones (the text comes first), open where it sits beside the text.
  var toc = document.querySelector('[data-toc]');
  if (toc && window.matchMedia) {
    var wide = window.matchMedia('(min-width: 75rem)');
    var place = function () { toc.open = wide.matches; };
    place();
    if (wide.addEventListener) { wide.addEventListener('change', place); }
  }
  // A wide table's hint ("可左右滚动 →") shows while its table is wider than its box, and only then.
  var scrollers = document.querySelectorAll('[data-scroll-hint]');
  if (scrollers.length) {
    var measure = function () {
      for (var j = 0; j < scrollers.length; j++) {
        var hint = document.getElementById(scrollers[j].getAttribute('data-scroll-hint'));
        if (hint) { hint.classList.toggle('is-needed', scrollers[j].scrollWidth > scrollers[j].clientWidth + 1); }
      }
    };
    document.documentElement.classList.add('scroll-measured');
    measure();
    window.addEventListener('resize', measure);
    window.addEventListener('load', measure);
  }
})();
