import type { Texts } from '../types';

/** Slovak texts (sk). */
export const SK: Texts = {
  title: 'Súhlas so súbormi cookie',
  description:
    'Súbory cookie a podobné technológie používame na prevádzku stránky a s vaším súhlasom na uloženie nastavení, analýzu a obmedzený marketing. Voľbu môžete kedykoľvek zmeniť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  preferencesTitle: 'Nastavenia ochrany súkromia',
  saveChoices: 'Uložiť výber',
  close: 'Zavrieť',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  gpcHonored: 'Vaše odmietnutie bolo rešpektované',
  dntDisclosure:
    'Stránka nereaguje na Do Not Track, ale rešpektuje Global Privacy Control (pozri nižšie).',
  noticeTitle: 'Vaše možnosti ochrany súkromia',
  noticeDescription:
    'Súbory cookie používame na funkcie stránky, analýzu a obmedzený marketing. Predaj či zdieľanie osobných údajov môžete kedykoľvek odmietnuť.',
  viaGpc: 'Vypnuté prostredníctvom Global Privacy Control',
  privacyChoices: 'Možnosti ochrany súkromia',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  cookiePolicy: 'Zásady používania súborov cookie',
  gpcConflict:
    'Váš prehliadač túto kategóriu odmieta signálom Global Privacy Control. Odmietnutie môžete ponechať alebo ju povoliť len na tejto stránke.',
  keepOptedOut: 'Ponechať odmietnutie',
  allowForSite: 'Povoliť na tejto stránke',
  blockedContent: 'Obsah je blokovaný, kým nepovolíte „{category}“.',
  allowCategory: 'Povoliť „{category}“',
  categories: {
    essential: {
      label: 'Nevyhnutné',
      description: 'Potrebné na prevádzku stránky a zapamätanie vašich volieb ochrany súkromia. Vždy zapnuté.',
    },
    functional: {
      label: 'Funkčné',
      description: 'Ukladajú nastavenia a umožňujú vložený obsah ako chat a video.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Ukazujú nám, ako sa stránka používa, aby sme ju zlepšovali.',
    },
    marketing: {
      label: 'Obmedzený marketing',
      description: 'Meria naše kampane. Zahŕňa predaj alebo zdieľanie osobných údajov.',
    },
  },
};
