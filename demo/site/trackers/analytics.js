// Fake analytics script of the demo site, tagged data-consent="analytics". Like a real one it
// sets a cookie (listed under categories.analytics.cookies, so a revoke deletes it) and, for the
// live panel, records that it ran in window.demoTrackers.
(function (id) {
  document.cookie = '_demo_analytics=GA1.' + Math.floor(Math.random() * 1e9) + '; Path=/; SameSite=Lax';
  (window.demoTrackers = window.demoTrackers || []).push(id);
  document.dispatchEvent(new CustomEvent('demo:tracker', { detail: id }));
})('analytics');
