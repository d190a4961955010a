import type { Texts } from '../types';

/** Slovak texts (sk). */
export const SK: Texts = {
  title: 'Súhlas so súbormi cookie',
  description:
    'Súbory cookie a podobné technológie používame na prevádzku tejto stránky a s vaším súhlasom aj na zapamätanie vašich nastavení, meranie návštevnosti a obmedzený marketing. Svoju voľbu môžete kedykoľvek zmeniť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  preferencesTitle: 'Nastavenia ochrany súkromia',
  saveChoices: 'Uložiť výber',
  close: 'Zavrieť',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  gpcHonored: 'Vaše odmietnutie bolo rešpektované',
  dntDisclosure:
    'Táto stránka nereaguje na signály Do Not Track z prehliadača; namiesto toho rešpektuje Global Privacy Control, ako je opísané nižšie.',
  noticeTitle: 'Vaše možnosti ochrany súkromia',
  noticeDescription:
    'Súbory cookie používame na funkcie stránky, analýzu a obmedzený marketing. Predaj alebo zdieľanie svojich osobných údajov môžete kedykoľvek odmietnuť.',
  viaGpc: 'Vypnuté prostredníctvom Global Privacy Control',
  privacyChoices: 'Možnosti ochrany súkromia',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  cookiePolicy: 'Zásady používania súborov cookie',
  gpcConflict:
    'Váš prehliadač odosiela signál Global Privacy Control, ktorým túto kategóriu odmietate. Odmietnutie môžete ponechať alebo kategóriu povoliť len na tejto stránke.',
  keepOptedOut: 'Ponechať odmietnutie',
  allowForSite: 'Povoliť na tejto stránke',
  blockedContent: 'Tento obsah je zablokovaný, kým nepovolíte kategóriu „{category}“.',
  allowCategory: 'Povoliť „{category}“',
  categories: {
    essential: {
      label: 'Nevyhnutné',
      description: 'Potrebné na fungovanie stránky a zapamätanie vašich nastavení ochrany súkromia. Vždy zapnuté.',
    },
    functional: {
      label: 'Funkčné',
      description: 'Pamätajú si vaše nastavenia a umožňujú vložené funkcie, napríklad chat a video.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomáhajú nám pochopiť, ako sa stránka používa, aby sme ju mohli zlepšovať.',
    },
    marketing: {
      label: 'Obmedzený marketing',
      description: 'Meria úspešnosť našich kampaní. Zahŕňa predaj alebo zdieľanie osobných údajov.',
    },
  },
};
