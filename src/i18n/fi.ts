import type { Texts } from '../types';

/** Finnish texts (fi). */
export const FI: Texts = {
  title: 'Evästesuostumus',
  description:
    'Käytämme evästeitä ja vastaavia tekniikoita sivuston toimintaan sekä suostumuksellasi asetustesi muistamiseen, käytön mittaamiseen ja rajoitettuun markkinointiin. Voit muuttaa valintaasi milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Muokkaa asetuksia',
  preferencesTitle: 'Tietosuoja-asetukset',
  saveChoices: 'Tallenna valinnat',
  close: 'Sulje',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  gpcHonored: 'Kieltäytymispyyntösi on huomioitu',
  dntDisclosure:
    'Tämä sivusto ei reagoi selainten Do Not Track -signaaleihin, vaan noudattaa Global Privacy Control -signaalia alla kuvatulla tavalla.',
  noticeTitle: 'Tietosuojavalintasi',
  noticeDescription:
    'Käytämme evästeitä sivuston toimintoihin, analytiikkaan ja rajoitettuun markkinointiin. Voit milloin tahansa kieltäytyä henkilötietojesi myymisestä tai jakamisesta.',
  viaGpc: 'Pois päältä Global Privacy Control -signaalin vuoksi',
  privacyChoices: 'Tietosuojavalinnat',
  privacyPolicy: 'Tietosuojaseloste',
  cookiePolicy: 'Evästekäytäntö',
  gpcConflict:
    'Selaimesi lähettää Global Privacy Control -signaalin, joka kieltää tämän luokan. Voit pitää kiellon voimassa tai sallia luokan vain tällä sivustolla.',
  keepOptedOut: 'Pidä kielto voimassa',
  allowForSite: 'Salli tällä sivustolla',
  blockedContent: 'Tämä sisältö on estetty, kunnes sallit evästeet: {category}.',
  allowCategory: 'Salli {category}',
  categories: {
    essential: {
      label: 'Välttämättömät',
      description: 'Tarvitaan sivuston toimintaan ja tietosuojavalintojesi muistamiseen. Aina käytössä.',
    },
    functional: {
      label: 'Toiminnalliset',
      description: 'Muistavat asetuksesi ja mahdollistavat upotetut toiminnot, kuten chatin ja videot.',
    },
    analytics: {
      label: 'Analytiikka',
      description: 'Auttaa meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    },
    marketing: {
      label: 'Rajoitettu markkinointi',
      description: 'Mittaa kampanjoidemme tuloksia. Kattaa henkilötietojen myynnin tai jakamisen.',
    },
  },
};
