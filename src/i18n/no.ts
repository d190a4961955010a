import type { Texts } from '../types';

/** Norwegian Bokmål texts (no). */
export const NO: Texts = {
  title: 'Samtykke til informasjonskapsler',
  description:
    'Vi bruker informasjonskapsler og lignende teknologi for å drive dette nettstedet og, med din tillatelse, for å huske innstillingene dine, måle bruk og støtte begrenset markedsføring. Du kan når som helst endre valget ditt.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  preferencesTitle: 'Personverninnstillinger',
  saveChoices: 'Lagre valg',
  close: 'Lukk',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  gpcHonored: 'Reservasjonen din er respektert',
  dntDisclosure:
    'Dette nettstedet reagerer ikke på Do Not Track-signaler fra nettleseren; i stedet respekterer det Global Privacy Control som beskrevet nedenfor.',
  noticeTitle: 'Dine personvernvalg',
  noticeDescription:
    'Vi bruker informasjonskapsler til funksjoner på nettstedet, analyse og begrenset markedsføring. Du kan når som helst reservere deg mot salg eller deling av personopplysningene dine.',
  viaGpc: 'Slått av via Global Privacy Control',
  privacyChoices: 'Personvernvalg',
  privacyPolicy: 'Personvernerklæring',
  cookiePolicy: 'Erklæring om informasjonskapsler',
  gpcConflict:
    'Nettleseren din sender et Global Privacy Control-signal, som betyr at du reserverer deg mot dette. Du kan beholde reservasjonen eller tillate det bare for dette nettstedet.',
  keepOptedOut: 'Behold reservasjonen',
  allowForSite: 'Tillat for dette nettstedet',
  blockedContent: 'Dette innholdet er blokkert til du tillater kategorien «{category}».',
  allowCategory: 'Tillat «{category}»',
  categories: {
    essential: {
      label: 'Strengt nødvendige',
      description: 'Nødvendige for at nettstedet skal fungere og for å huske personvernvalgene dine. Alltid aktive.',
    },
    functional: {
      label: 'Funksjonelle',
      description: 'Husker innstillingene dine og muliggjør innebygde funksjoner som chat og video.',
    },
    analytics: {
      label: 'Analyse',
      description: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
    },
    marketing: {
      label: 'Begrenset markedsføring',
      description: 'Måler kampanjene våre. Omfatter salg eller deling av personopplysninger.',
    },
  },
};
