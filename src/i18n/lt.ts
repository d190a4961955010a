import type { Texts } from '../types';

/** Lithuanian texts (lt). */
export const LT: Texts = {
  title: 'Sutikimas dėl slapukų',
  description:
    'Naudojame slapukus ir panašias technologijas, kad svetainė veiktų, o gavę jūsų sutikimą – nustatymams įsiminti, analitikai ir ribotai rinkodarai. Bet kada galite pakeisti pasirinkimą.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  preferencesTitle: 'Privatumo nustatymai',
  saveChoices: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  doNotSell: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  gpcHonored: 'Jūsų atsisakymo prašymas įvykdytas',
  dntDisclosure:
    'Ši svetainė nereaguoja į „Do Not Track“ signalus, bet paiso „Global Privacy Control“ signalo, kaip aprašyta toliau.',
  noticeTitle: 'Jūsų privatumo pasirinkimai',
  noticeDescription:
    'Naudojame slapukus svetainės funkcijoms, analitikai ir ribotai rinkodarai. Bet kada galite atsisakyti savo asmeninės informacijos pardavimo ar bendrinimo.',
  viaGpc: 'Išjungta pagal „Global Privacy Control“ signalą',
  privacyChoices: 'Privatumo pasirinkimai',
  privacyPolicy: 'Privatumo politika',
  cookiePolicy: 'Slapukų politika',
  gpcConflict:
    '„Global Privacy Control“ signalu jūsų naršyklė atsisako šios kategorijos. Galite išlaikyti atsisakymą arba leisti ją tik šioje svetainėje.',
  keepOptedOut: 'Išlaikyti atsisakymą',
  allowForSite: 'Leisti šioje svetainėje',
  blockedContent: 'Turinys užblokuotas, kol neleisite: {category}.',
  allowCategory: 'Leisti slapukus: {category}',
  categories: {
    essential: {
      label: 'Griežtai būtini',
      description: 'Reikalingi, kad svetainė veiktų ir įsimintų jūsų privatumo pasirinkimus. Visada įjungti.',
    },
    functional: {
      label: 'Funkciniai',
      description: 'Įsimena nustatymus ir įjungia įterptą turinį, pvz., pokalbius ir vaizdo įrašus.',
    },
    analytics: {
      label: 'Analitiniai',
      description: 'Padeda suprasti, kaip naudojamasi svetaine, kad ją tobulintume.',
    },
    marketing: {
      label: 'Ribota rinkodara',
      description: 'Matuoja mūsų kampanijas. Apima asmeninės informacijos pardavimą ar bendrinimą.',
    },
  },
};
