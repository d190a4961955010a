// Fake advertising pixel. Gated by data-consent="marketing"; when it runs it counts
// itself in window.__ran.marketing and shows a badge in #effects.
(function (name, label) {
  var ran = (window.__ran = window.__ran || {});
  ran[name] = (ran[name] || 0) + 1;
  (window.__order = window.__order || []).push(name);
  function badge() {
    var list = document.getElementById('effects');
    if (!list) return;
    var item = document.createElement('li');
    item.className = 'effect';
    item.setAttribute('data-effect', name);
    item.textContent = label;
    list.appendChild(item);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', badge);
  else badge();
})('marketing', 'Ad pixel loaded');
