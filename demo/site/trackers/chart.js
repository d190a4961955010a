// Fake analytics widget that the demo SPA's Reports route inserts as a tagged script: once
// Analytics is granted it draws a usage chart into #usage-chart and records that it ran.
(function (id) {
  var box = document.getElementById('usage-chart');
  if (box) {
    box.textContent = '';
    [38, 52, 47, 66, 71, 84, 92].forEach(function (value, day) {
      var bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.height = value + '%';
      bar.title = 'Day ' + (day + 1) + ': ' + value * 12 + ' calls';
      box.appendChild(bar);
    });
  }
  (window.demoTrackers = window.demoTrackers || []).push(id);
  document.dispatchEvent(new CustomEvent('demo:tracker', { detail: id }));
})('chart');
