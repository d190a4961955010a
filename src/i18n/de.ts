import type { Texts } from '../types';

/** German texts (de). */
export const DE: Texts = {
  title: 'Cookie-Einwilligung',
  description:
    'Wir nutzen Cookies und ähnliche Technologien für den Betrieb der Website und – mit Ihrer Einwilligung – zum Speichern von Einstellungen, zur Nutzungsmessung und für eingeschränktes Marketing. Sie können Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Einstellungen',
  preferencesTitle: 'Datenschutzeinstellungen',
  saveChoices: 'Auswahl speichern',
  close: 'Schließen',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  gpcHonored: 'Ihr Opt-out wurde umgesetzt',
  dntDisclosure:
    'Diese Website reagiert nicht auf Do Not Track, berücksichtigt aber Global Privacy Control (siehe unten).',
  noticeTitle: 'Ihre Datenschutzoptionen',
  noticeDescription:
    'Wir nutzen Cookies für Website-Funktionen, Statistik und eingeschränktes Marketing. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  viaGpc: 'Durch Global Privacy Control deaktiviert',
  privacyChoices: 'Datenschutzoptionen',
  privacyPolicy: 'Datenschutzerklärung',
  cookiePolicy: 'Cookie-Richtlinie',
  gpcConflict:
    'Ihr Browser sendet Global Privacy Control und damit ein Opt-out für diese Kategorie. Sie können es beibehalten oder die Kategorie nur für diese Website zulassen.',
  keepOptedOut: 'Opt-out beibehalten',
  allowForSite: 'Für diese Website zulassen',
  blockedContent: 'Dieser Inhalt ist blockiert, bis Sie „{category}“ zulassen.',
  allowCategory: '„{category}“ zulassen',
  categories: {
    essential: {
      label: 'Unbedingt erforderlich',
      description: 'Nötig für den Betrieb der Website und zum Speichern Ihrer Datenschutzauswahl. Immer aktiv.',
    },
    functional: {
      label: 'Funktional',
      description: 'Speichert Einstellungen und ermöglicht eingebettete Inhalte wie Chat und Video.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Zeigt uns, wie die Website genutzt wird, damit wir sie verbessern können.',
    },
    marketing: {
      label: 'Eingeschränktes Marketing',
      description: 'Misst unsere Kampagnen. Umfasst Verkauf oder Weitergabe personenbezogener Daten.',
    },
  },
};
