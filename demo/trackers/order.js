// Records its position among tagged scripts: the name comes from ?name= in its URL,
// so one file stands for many scripts (the e2e router delays each by ?delay= ms).
(function () {
  var name = new URL(document.currentScript.src).searchParams.get('name') || 'order';
  var ran = (window.__ran = window.__ran || {});
  ran[name] = (ran[name] || 0) + 1;
  (window.__order = window.__order || []).push(name);
})();
