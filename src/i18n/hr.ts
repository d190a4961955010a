import type { Texts } from '../types';

/** Croatian texts (hr). */
export const HR: Texts = {
  title: 'Privola za kolačiće',
  description:
    'Kolačiće i slične tehnologije upotrebljavamo za rad ove web-stranice te, uz vašu privolu, za pamćenje vaših postavki, mjerenje posjećenosti i ograničeni marketing. Svoj odabir možete promijeniti u bilo kojem trenutku.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  preferencesTitle: 'Postavke privatnosti',
  saveChoices: 'Spremi odabir',
  close: 'Zatvori',
  doNotSell: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  gpcHonored: 'Zahtjev za isključivanje je uvažen',
  dntDisclosure:
    'Ova web-stranica ne reagira na signale Do Not Track, nego poštuje signal Global Privacy Control, kako je opisano u nastavku.',
  noticeTitle: 'Vaši odabiri privatnosti',
  noticeDescription:
    'Kolačiće upotrebljavamo za značajke web-stranice, analitiku i ograničeni marketing. U bilo kojem trenutku možete se isključiti iz prodaje ili dijeljenja svojih osobnih podataka.',
  viaGpc: 'Isključeno signalom Global Privacy Control',
  privacyChoices: 'Odabiri privatnosti',
  privacyPolicy: 'Politika privatnosti',
  cookiePolicy: 'Politika kolačića',
  gpcConflict:
    'Vaš preglednik šalje signal Global Privacy Control, kojim ste se isključili iz ove kategorije. Možete zadržati isključenje ili je dopustiti samo na ovoj web-stranici.',
  keepOptedOut: 'Zadrži isključenje',
  allowForSite: 'Dopusti na ovoj web-stranici',
  blockedContent: 'Sadržaj je blokiran dok ne dopustite kolačiće: {category}.',
  allowCategory: 'Dopusti kolačiće: {category}',
  categories: {
    essential: {
      label: 'Strogo nužni',
      description: 'Potrebni za rad web-stranice i pamćenje vaših odabira privatnosti. Uvijek uključeni.',
    },
    functional: {
      label: 'Funkcionalni',
      description: 'Pamte vaše postavke i omogućuju ugrađene značajke poput chata i videozapisa.',
    },
    analytics: {
      label: 'Analitički',
      description: 'Pomažu nam razumjeti upotrebu web-stranice kako bismo je poboljšali.',
    },
    marketing: {
      label: 'Ograničeni marketing',
      description: 'Mjeri uspješnost naših kampanja. Obuhvaća prodaju ili dijeljenje osobnih podataka.',
    },
  },
};
