import type { Texts } from '../types';

/** Romanian texts (ro). */
export const RO: Texts = {
  title: 'Consimțământ pentru cookie-uri',
  description:
    'Folosim cookie-uri și tehnologii similare pentru funcționarea site-ului și, cu permisiunea dumneavoastră, pentru reținerea setărilor, măsurarea utilizării și marketing limitat. Puteți schimba oricând alegerea.',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  customize: 'Personalizează',
  preferencesTitle: 'Preferințe de confidențialitate',
  saveChoices: 'Salvează opțiunile',
  close: 'Închide',
  doNotSell: 'Nu vindeți și nu partajați datele mele personale',
  gpcHonored: 'Refuzul dumneavoastră a fost respectat',
  dntDisclosure:
    'Site-ul nu răspunde la semnalele Do Not Track, dar respectă Global Privacy Control, cum este descris mai jos.',
  noticeTitle: 'Opțiunile dumneavoastră de confidențialitate',
  noticeDescription:
    'Folosim cookie-uri pentru funcțiile site-ului, analiză și marketing limitat. Puteți refuza oricând vânzarea sau partajarea datelor dumneavoastră personale.',
  viaGpc: 'Dezactivat prin Global Privacy Control',
  privacyChoices: 'Opțiuni de confidențialitate',
  privacyPolicy: 'Politica de confidențialitate',
  cookiePolicy: 'Politica privind cookie-urile',
  gpcConflict:
    'Prin semnalul Global Privacy Control, browserul refuză această categorie. Puteți păstra refuzul sau o puteți permite doar pe acest site.',
  keepOptedOut: 'Păstrează refuzul',
  allowForSite: 'Permite pe acest site',
  blockedContent: 'Conținut blocat până când permiteți „{category}”.',
  allowCategory: 'Permite „{category}”',
  categories: {
    essential: {
      label: 'Strict necesare',
      description: 'Necesare pentru funcționarea site-ului și reținerea opțiunilor de confidențialitate. Întotdeauna active.',
    },
    functional: {
      label: 'Funcționale',
      description: 'Rețin setările și activează conținut integrat, precum chat și video.',
    },
    analytics: {
      label: 'Analitice',
      description: 'Ne ajută să înțelegem cum este utilizat site-ul, pentru a-l îmbunătăți.',
    },
    marketing: {
      label: 'Marketing limitat',
      description: 'Măsoară campaniile noastre. Include vânzarea sau partajarea datelor personale.',
    },
  },
};
