// Reports the attributes of the <script> element it runs from, so a test can check
// which attributes the SDK carried over from the text/plain original.
(function () {
  var s = document.currentScript;
  var name = new URL(s.src).searchParams.get('name') || 'attrs';
  (window.__attrs = window.__attrs || {})[name] = {
    id: s.id,
    nonce: s.nonce,
    foo: s.getAttribute('data-foo'),
    async: s.hasAttribute('async'),
    defer: s.hasAttribute('defer'),
    crossOrigin: s.getAttribute('crossorigin'),
    referrerPolicy: s.getAttribute('referrerpolicy'),
    integrity: s.getAttribute('integrity'),
  };
  var ran = (window.__ran = window.__ran || {});
  ran[name] = (ran[name] || 0) + 1;
})();
