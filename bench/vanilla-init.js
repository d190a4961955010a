// The "cookieconsent-init.js" of the vanilla-cookieconsent 3.1 variant of bench/site.html: the
// configuration file its getting-started guide has a site write and load (deferred) after the
// library. Four categories and the texts for both modals, as Consentry shows by default, so that
// both SDKs put a comparable UI on the page. Served by the bench server; not a module.
CookieConsent.run({
  // Headless Chromium sets navigator.webdriver, which vanilla-cookieconsent treats as a bot and
  // shows nothing to by default.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    analytics: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description:
            'We use cookies to make this site work, to remember your choices, to understand how the site is used and, if you agree, to show you relevant ads.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Your choices',
              description: 'Choose which kinds of cookies this site may use. You can change your mind at any time.',
            },
            {
              title: 'Strictly necessary',
              description: 'Needed for the site to work, such as keeping you signed in. These are always on.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Functional',
              description: 'Remember your settings, such as language and region.',
              linkedCategory: 'functional',
            },
            {
              title: 'Analytics',
              description: 'Help us understand how the site is used, so that we can improve it.',
              linkedCategory: 'analytics',
            },
            {
              title: 'Limited marketing',
              description: 'Let us and our partners show you ads that are relevant to you.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
