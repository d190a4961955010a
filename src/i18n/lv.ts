import type { Texts } from '../types';

/** Latvian texts (lv). */
export const LV: Texts = {
  title: 'Piekrišana sīkdatnēm',
  description:
    'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas, lai nodrošinātu šīs vietnes darbību, un ar jūsu atļauju – arī lai atcerētos jūsu iestatījumus, novērtētu vietnes lietojumu un veiktu ierobežotu mārketingu. Savu izvēli varat mainīt jebkurā laikā.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  preferencesTitle: 'Privātuma iestatījumi',
  saveChoices: 'Saglabāt izvēli',
  close: 'Aizvērt',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  gpcHonored: 'Atteikšanās pieprasījums ir ievērots',
  dntDisclosure:
    'Šī vietne nereaģē uz pārlūkprogrammu Do Not Track signāliem, bet ievēro Global Privacy Control, kā aprakstīts tālāk.',
  noticeTitle: 'Jūsu privātuma izvēle',
  noticeDescription:
    'Mēs izmantojam sīkdatnes vietnes funkcijām, analītikai un ierobežotam mārketingam. Jebkurā laikā varat atteikties no savu personas datu pārdošanas vai kopīgošanas.',
  viaGpc: 'Izslēgts ar Global Privacy Control',
  privacyChoices: 'Privātuma izvēle',
  privacyPolicy: 'Privātuma politika',
  cookiePolicy: 'Sīkdatņu politika',
  gpcConflict:
    'Jūsu pārlūkprogramma sūta Global Privacy Control signālu, kas nozīmē atteikšanos no šīs kategorijas. Varat saglabāt atteikšanos vai atļaut šo kategoriju tikai šajā vietnē.',
  keepOptedOut: 'Saglabāt atteikšanos',
  allowForSite: 'Atļaut šajā vietnē',
  blockedContent: 'Šis saturs ir bloķēts, kamēr nav atļauta kategorija “{category}”.',
  allowCategory: 'Atļaut “{category}”',
  categories: {
    essential: {
      label: 'Obligāti nepieciešamās',
      description: 'Nepieciešamas vietnes darbībai un jūsu privātuma izvēles saglabāšanai. Vienmēr ieslēgtas.',
    },
    functional: {
      label: 'Funkcionālās',
      description: 'Atceras jūsu iestatījumus un nodrošina iegultās funkcijas, piemēram, tērzēšanu un video.',
    },
    analytics: {
      label: 'Analītiskās',
      description: 'Palīdz mums saprast, kā vietne tiek lietota, lai mēs to varētu uzlabot.',
    },
    marketing: {
      label: 'Ierobežots mārketings',
      description: 'Mēra mūsu kampaņu efektivitāti. Ietver personas datu pārdošanu vai kopīgošanu.',
    },
  },
};
