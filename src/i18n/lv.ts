import type { Texts } from '../types';

/** Latvian texts (lv). */
export const LV: Texts = {
  title: 'Piekrišana sīkdatnēm',
  description:
    'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas vietnes darbībai un ar jūsu atļauju – iestatījumu saglabāšanai, analītikai un ierobežotam mārketingam. Jebkurā laikā varat mainīt izvēli.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  preferencesTitle: 'Privātuma iestatījumi',
  saveChoices: 'Saglabāt izvēli',
  close: 'Aizvērt',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  gpcHonored: 'Atteikšanās pieprasījums ir ievērots',
  dntDisclosure:
    'Vietne nereaģē uz Do Not Track signāliem, bet ievēro Global Privacy Control (sk. tālāk).',
  noticeTitle: 'Jūsu privātuma izvēle',
  noticeDescription:
    'Mēs izmantojam sīkdatnes vietnes funkcijām, analītikai un ierobežotam mārketingam. Jebkurā laikā varat atteikties no savu personas datu pārdošanas vai kopīgošanas.',
  viaGpc: 'Izslēgts ar Global Privacy Control',
  privacyChoices: 'Privātuma izvēle',
  privacyPolicy: 'Privātuma politika',
  cookiePolicy: 'Sīkdatņu politika',
  gpcConflict:
    'Jūsu pārlūkprogramma ar Global Privacy Control signālu atsakās no šīs kategorijas. Varat saglabāt atteikšanos vai atļaut to tikai šajā vietnē.',
  keepOptedOut: 'Saglabāt atteikšanos',
  allowForSite: 'Atļaut šajā vietnē',
  blockedContent: 'Saturs ir bloķēts, kamēr nav atļauta kategorija “{category}”.',
  allowCategory: 'Atļaut “{category}”',
  categories: {
    essential: {
      label: 'Obligāti nepieciešamās',
      description: 'Nepieciešamas vietnes darbībai un jūsu privātuma izvēles saglabāšanai. Vienmēr ieslēgtas.',
    },
    functional: {
      label: 'Funkcionālās',
      description: 'Atceras iestatījumus un nodrošina iegulto saturu, piemēram, tērzēšanu un video.',
    },
    analytics: {
      label: 'Analītiskās',
      description: 'Palīdz saprast vietnes lietojumu, lai to uzlabotu.',
    },
    marketing: {
      label: 'Ierobežots mārketings',
      description: 'Mēra mūsu kampaņas. Ietver personas datu pārdošanu vai kopīgošanu.',
    },
  },
};
