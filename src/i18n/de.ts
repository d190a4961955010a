import type { Texts } from '../types';

/** German texts (de). */
export const DE: Texts = {
  title: 'Cookie-Einwilligung',
  description:
    'Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben, und – mit Ihrer Einwilligung – um Ihre Einstellungen zu speichern, die Nutzung zu messen und eingeschränktes Marketing zu unterstützen. Sie können Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Einstellungen',
  preferencesTitle: 'Datenschutzeinstellungen',
  saveChoices: 'Auswahl speichern',
  close: 'Schließen',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  gpcHonored: 'Ihr Opt-out wurde umgesetzt',
  dntDisclosure:
    'Diese Website reagiert nicht auf das Browsersignal Do Not Track; stattdessen berücksichtigt sie das Signal Global Privacy Control, wie unten beschrieben.',
  noticeTitle: 'Ihre Datenschutzoptionen',
  noticeDescription:
    'Wir verwenden Cookies für Funktionen der Website, Statistik und eingeschränktes Marketing. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  viaGpc: 'Durch Global Privacy Control deaktiviert',
  privacyChoices: 'Datenschutzoptionen',
  privacyPolicy: 'Datenschutzerklärung',
  cookiePolicy: 'Cookie-Richtlinie',
  gpcConflict:
    'Ihr Browser sendet das Signal Global Privacy Control, das für diese Kategorie ein Opt-out bewirkt. Sie können das Opt-out beibehalten oder die Kategorie nur für diese Website zulassen.',
  keepOptedOut: 'Opt-out beibehalten',
  allowForSite: 'Für diese Website zulassen',
  blockedContent: 'Dieser Inhalt ist blockiert, bis Sie Folgendes zulassen: {category}.',
  allowCategory: 'Zulassen: {category}',
  categories: {
    essential: {
      label: 'Unbedingt erforderlich',
      description: 'Erforderlich, damit die Website funktioniert und Ihre Datenschutzauswahl gespeichert wird. Immer aktiv.',
    },
    functional: {
      label: 'Funktional',
      description: 'Speichert Ihre Einstellungen und ermöglicht eingebettete Funktionen wie Chat und Video.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hilft uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.',
    },
    marketing: {
      label: 'Eingeschränktes Marketing',
      description: 'Misst den Erfolg unserer Kampagnen. Umfasst den Verkauf oder die Weitergabe personenbezogener Daten.',
    },
  },
};
