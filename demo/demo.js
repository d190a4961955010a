// Renders the demo's live consent panel from Consentry's events. Loaded before the
// loader so that it never misses consentry:ready; it only ever reads the public
// events and window.Consentry.getState().
(function () {
  var LABELS = {
    essential: 'Strictly necessary',
    functional: 'Functional',
    analytics: 'Analytics',
    marketing: 'Limited marketing',
  };
  var latest = null;

  function render() {
    var list = document.getElementById('consent-status');
    var meta = document.getElementById('consent-meta');
    var empty = document.getElementById('effects-empty');
    var effects = document.getElementById('effects');
    if (empty && effects) empty.hidden = effects.children.length > 0;
    if (!list || !latest) return;
    list.textContent = '';
    Object.keys(latest.categories).forEach(function (id) {
      var allowed = latest.categories[id];
      var item = document.createElement('li');
      item.className = allowed ? 'allowed' : 'denied';
      item.setAttribute('data-category', id);
      var name = document.createElement('span');
      name.textContent = LABELS[id] || id;
      var pill = document.createElement('span');
      pill.className = 'pill';
      pill.textContent = allowed ? 'allowed' : 'denied';
      item.append(name, pill);
      list.appendChild(item);
    });
    meta.textContent =
      (latest.decided ? 'Decision stored (' + latest.method + ').' : 'No decision yet.') +
      ' Global Privacy Control: ' + (latest.gpc ? 'on — marketing stays off.' : 'off.');
  }

  function onState(event) {
    latest = event.detail;
    if (document.readyState === 'loading') return;
    render();
  }

  document.addEventListener('consentry:ready', onState);
  document.addEventListener('consentry:change', onState);
  document.addEventListener('DOMContentLoaded', function () {
    if (!latest && window.Consentry && window.Consentry.getState) latest = window.Consentry.getState();
    render();
    var effects = document.getElementById('effects');
    if (effects) new MutationObserver(render).observe(effects, { childList: true });
  });
})();
