// Fake marketing pixel of the demo site, tagged data-consent="marketing". It sets an ad cookie
// (listed under categories.marketing.cookies) and records that it ran in window.demoTrackers.
(function (id) {
  document.cookie = '_demo_ads=fb.1.' + Date.now() + '; Path=/; SameSite=Lax';
  (window.demoTrackers = window.demoTrackers || []).push(id);
  document.dispatchEvent(new CustomEvent('demo:tracker', { detail: id }));
})('pixel');
