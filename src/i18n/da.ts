import type { Texts } from '../types';

/** Danish texts (da). */
export const DA: Texts = {
  title: 'Samtykke til cookies',
  description:
    'Vi bruger cookies og lignende teknologier til at drive dette website og – med din tilladelse – til at huske dine indstillinger, måle brugen og understøtte begrænset markedsføring. Du kan til enhver tid ændre dit valg.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  preferencesTitle: 'Privatlivsindstillinger',
  saveChoices: 'Gem valg',
  close: 'Luk',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  gpcHonored: 'Din anmodning om fravalg er imødekommet',
  dntDisclosure:
    'Dette website reagerer ikke på Do Not Track-signaler fra browsere; i stedet respekterer det Global Privacy Control som beskrevet nedenfor.',
  noticeTitle: 'Dine privatlivsvalg',
  noticeDescription:
    'Vi bruger cookies til websitets funktioner, statistik og begrænset markedsføring. Du kan til enhver tid fravælge salg eller deling af dine personoplysninger.',
  viaGpc: 'Slået fra via Global Privacy Control',
  privacyChoices: 'Privatlivsvalg',
  privacyPolicy: 'Privatlivspolitik',
  cookiePolicy: 'Cookiepolitik',
  gpcConflict:
    'Din browser sender et Global Privacy Control-signal, som fravælger denne kategori for dig. Du kan bevare fravalget eller tillade kategorien kun på dette website.',
  keepOptedOut: 'Bevar fravalg',
  allowForSite: 'Tillad på dette website',
  blockedContent: 'Dette indhold er blokeret, indtil du tillader følgende: {category}.',
  allowCategory: 'Tillad: {category}',
  categories: {
    essential: {
      label: 'Strengt nødvendige',
      description: 'Nødvendige for, at websitet kan fungere og huske dine privatlivsvalg. Altid aktive.',
    },
    functional: {
      label: 'Funktionelle',
      description: 'Husker dine indstillinger og muliggør indlejrede funktioner som chat og video.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hjælper os med at forstå, hvordan websitet bruges, så vi kan forbedre det.',
    },
    marketing: {
      label: 'Begrænset markedsføring',
      description: 'Måler vores kampagner. Omfatter salg eller deling af personoplysninger.',
    },
  },
};
