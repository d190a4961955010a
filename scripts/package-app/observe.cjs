// What an app sees when it loads each entry of the installed package; use.mjs (import) and
// use.cjs (require) print it, and scripts/package.test.ts expects the same from both.
module.exports = function observe({ consentry, core, server, services, ui, de }) {
  const inert = (createConsent) => {
    const { decided, categories } = createConsent().getState();
    return { decided, categories };
  };
  return {
    // Without a document, as in server rendering: the inert instance.
    consentry: inert(consentry.createConsent),
    core: inert(core.createConsent),
    server: {
      readConsent: server.readConsent('theme=dark', { tenant: 'acme' }),
      hasGpc: [server.hasGpc({ 'sec-gpc': '1' }), server.hasGpc(new Headers())],
    },
    services: { GOOGLE_ANALYTICS: services.GOOGLE_ANALYTICS.category, catalogue: services.SERVICES.length },
    ui: typeof ui.createUi,
    de: de.DE.acceptAll,
  };
};
