// Fake heatmap script of the demo site. Its tag is NOT marked up: the config's blocklist
// (analytics: ["/demo/site/trackers/heatmap.js"]) holds it until Analytics is granted.
(function (id) {
  (window.demoTrackers = window.demoTrackers || []).push(id);
  document.dispatchEvent(new CustomEvent('demo:tracker', { detail: id }));
})('heatmap');
