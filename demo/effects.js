// Makes "a script ran" visible and checkable: counts runs in window.__ran, records the
// order in window.__order and adds a badge to #effects. Inline tagged scripts in the demo
// and the e2e fixtures call window.__mark('name'); the fake trackers in trackers/ carry
// their own copy so that they work on any page.
(function () {
  window.__ran = window.__ran || {};
  window.__order = window.__order || [];
  window.__mark = function (name, label) {
    window.__ran[name] = (window.__ran[name] || 0) + 1;
    window.__order.push(name);
    function badge() {
      var list = document.getElementById('effects');
      if (!list) return;
      var item = document.createElement('li');
      item.className = 'effect';
      item.setAttribute('data-effect', name);
      item.textContent = label || name + ' ran';
      list.appendChild(item);
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', badge);
    else badge();
  };
})();
