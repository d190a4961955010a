import type { Texts } from '../types';

/** Estonian texts (et). */
export const ET: Texts = {
  title: 'Nõusolek küpsiste kasutamiseks',
  description:
    'Kasutame küpsiseid ja sarnaseid tehnoloogiaid selle veebisaidi toimimiseks ning teie loal ka teie seadete meelespidamiseks, kasutuse mõõtmiseks ja piiratud turunduse toetamiseks. Saate oma valikut igal ajal muuta.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  preferencesTitle: 'Privaatsusseaded',
  saveChoices: 'Salvesta valikud',
  close: 'Sulge',
  doNotSell: 'Ära müü ega jaga minu isikuandmeid',
  gpcHonored: 'Teie loobumistaotlus on täidetud',
  dntDisclosure:
    'See veebisait ei reageeri signaalile Do Not Track, vaid järgib signaali Global Privacy Control, nagu allpool kirjeldatud.',
  noticeTitle: 'Teie privaatsusvalikud',
  noticeDescription:
    'Kasutame küpsiseid veebisaidi funktsioonide, analüütika ja piiratud turunduse jaoks. Võite igal ajal keelata oma isikuandmete müümise või jagamise.',
  viaGpc: 'Välja lülitatud signaaliga Global Privacy Control',
  privacyChoices: 'Privaatsusvalikud',
  privacyPolicy: 'Privaatsuspoliitika',
  cookiePolicy: 'Küpsiste kasutamise põhimõtted',
  gpcConflict:
    'Teie brauser saadab signaali Global Privacy Control, mis tähendab sellest kategooriast loobumist. Võite loobumise jätta kehtima või lubada kategooria ainult sellel veebisaidil.',
  keepOptedOut: 'Jäta loobumine kehtima',
  allowForSite: 'Luba sellel veebisaidil',
  blockedContent: 'See sisu on blokeeritud. Selle vaatamiseks lubage: {category}.',
  allowCategory: 'Luba: {category}',
  categories: {
    essential: {
      label: 'Rangelt vajalikud',
      description: 'Vajalikud veebisaidi toimimiseks ja teie privaatsusvalikute meelespidamiseks. Alati aktiivsed.',
    },
    functional: {
      label: 'Funktsionaalsed',
      description: 'Jätavad meelde teie seaded ja võimaldavad põimitud funktsioone, nagu vestlus ja video.',
    },
    analytics: {
      label: 'Analüütika',
      description: 'Aitavad meil mõista, kuidas veebisaiti kasutatakse, et saaksime seda parandada.',
    },
    marketing: {
      label: 'Piiratud turundus',
      description: 'Mõõdavad meie kampaaniaid. Hõlmab isikuandmete müümist või jagamist.',
    },
  },
};
