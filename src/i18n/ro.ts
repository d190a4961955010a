import type { Texts } from '../types';

/** Romanian texts (ro). */
export const RO: Texts = {
  title: 'Consimțământ pentru cookie-uri',
  description:
    'Folosim cookie-uri și tehnologii similare pentru funcționarea acestui site și, cu permisiunea dumneavoastră, pentru reținerea setărilor, măsurarea utilizării și marketing limitat. Vă puteți schimba alegerea oricând.',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  customize: 'Personalizează',
  preferencesTitle: 'Preferințe de confidențialitate',
  saveChoices: 'Salvează opțiunile',
  close: 'Închide',
  doNotSell: 'Nu vindeți și nu partajați datele mele personale',
  gpcHonored: 'Refuzul dumneavoastră a fost respectat',
  dntDisclosure:
    'Acest site nu răspunde la semnalele Do Not Track ale browserului; în schimb, respectă Global Privacy Control, așa cum este descris mai jos.',
  noticeTitle: 'Opțiunile dumneavoastră de confidențialitate',
  noticeDescription:
    'Folosim cookie-uri pentru funcțiile site-ului, analiză și marketing limitat. Puteți refuza oricând vânzarea sau partajarea datelor dumneavoastră personale.',
  viaGpc: 'Dezactivat prin Global Privacy Control',
  privacyChoices: 'Opțiuni de confidențialitate',
  privacyPolicy: 'Politica de confidențialitate',
  cookiePolicy: 'Politica privind cookie-urile',
  gpcConflict:
    'Browserul dumneavoastră trimite un semnal Global Privacy Control, prin care refuzați această categorie. Puteți păstra refuzul sau puteți permite categoria doar pe acest site.',
  keepOptedOut: 'Păstrează refuzul',
  allowForSite: 'Permite pe acest site',
  blockedContent: 'Acest conținut este blocat până când permiteți categoria „{category}”.',
  allowCategory: 'Permite „{category}”',
  categories: {
    essential: {
      label: 'Strict necesare',
      description: 'Necesare pentru funcționarea site-ului și pentru reținerea opțiunilor de confidențialitate. Întotdeauna active.',
    },
    functional: {
      label: 'Funcționale',
      description: 'Rețin setările dumneavoastră și activează funcții integrate, precum chatul și videoclipurile.',
    },
    analytics: {
      label: 'Analitice',
      description: 'Ne ajută să înțelegem cum este utilizat site-ul, pentru a-l putea îmbunătăți.',
    },
    marketing: {
      label: 'Marketing limitat',
      description: 'Măsoară eficiența campaniilor noastre. Include vânzarea sau partajarea datelor personale.',
    },
  },
};
