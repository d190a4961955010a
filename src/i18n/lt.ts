import type { Texts } from '../types';

/** Lithuanian texts (lt). */
export const LT: Texts = {
  title: 'Sutikimas dėl slapukų',
  description:
    'Naudojame slapukus ir panašias technologijas, kad ši svetainė veiktų, o gavę jūsų sutikimą – kad įsimintume jūsų nustatymus, matuotume svetainės naudojimą ir vykdytume ribotą rinkodarą. Savo pasirinkimą galite bet kada pakeisti.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  preferencesTitle: 'Privatumo nustatymai',
  saveChoices: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  doNotSell: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  gpcHonored: 'Jūsų atsisakymo prašymas įvykdytas',
  dntDisclosure:
    'Ši svetainė nereaguoja į naršyklių „Do Not Track“ signalus; vietoj to ji paiso „Global Privacy Control“ signalo, kaip aprašyta toliau.',
  noticeTitle: 'Jūsų privatumo pasirinkimai',
  noticeDescription:
    'Naudojame slapukus svetainės funkcijoms, analitikai ir ribotai rinkodarai. Bet kada galite atsisakyti savo asmeninės informacijos pardavimo ar bendrinimo.',
  viaGpc: 'Išjungta pagal „Global Privacy Control“ signalą',
  privacyChoices: 'Privatumo pasirinkimai',
  privacyPolicy: 'Privatumo politika',
  cookiePolicy: 'Slapukų politika',
  gpcConflict:
    'Jūsų naršyklė siunčia „Global Privacy Control“ signalą, kuriuo atsisakoma šios kategorijos. Galite išlaikyti atsisakymą arba leisti šią kategoriją tik šioje svetainėje.',
  keepOptedOut: 'Išlaikyti atsisakymą',
  allowForSite: 'Leisti šioje svetainėje',
  blockedContent: 'Šis turinys užblokuotas, kol neleisite šių slapukų: {category}.',
  allowCategory: 'Leisti slapukus: {category}',
  categories: {
    essential: {
      label: 'Griežtai būtini',
      description: 'Reikalingi, kad svetainė veiktų ir įsimintų jūsų privatumo pasirinkimus. Visada įjungti.',
    },
    functional: {
      label: 'Funkciniai',
      description: 'Įsimena jūsų nustatymus ir įjungia įterptąsias funkcijas, pavyzdžiui, pokalbius ir vaizdo įrašus.',
    },
    analytics: {
      label: 'Analitiniai',
      description: 'Padeda mums suprasti, kaip naudojamasi svetaine, kad galėtume ją tobulinti.',
    },
    marketing: {
      label: 'Ribota rinkodara',
      description: 'Matuoja mūsų kampanijų veiksmingumą. Apima asmeninės informacijos pardavimą ar bendrinimą.',
    },
  },
};
