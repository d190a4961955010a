import type { Texts } from '../types';

/** Czech texts (cs). */
export const CS: Texts = {
  title: 'Souhlas se soubory cookie',
  description:
    'Soubory cookie a podobné technologie používáme k provozu tohoto webu a s vaším svolením také k tomu, abychom si pamatovali vaše nastavení, měřili návštěvnost a podporovali omezený marketing. Svou volbu můžete kdykoli změnit.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  preferencesTitle: 'Nastavení soukromí',
  saveChoices: 'Uložit výběr',
  close: 'Zavřít',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  gpcHonored: 'Váš nesouhlas byl respektován',
  dntDisclosure:
    'Tento web nereaguje na signály Do Not Track z prohlížečů; místo toho respektuje signál Global Privacy Control, jak je popsáno níže.',
  noticeTitle: 'Vaše možnosti ochrany soukromí',
  noticeDescription:
    'Soubory cookie používáme pro funkce webu, analytiku a omezený marketing. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  viaGpc: 'Vypnuto signálem Global Privacy Control',
  privacyChoices: 'Možnosti soukromí',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  cookiePolicy: 'Zásady používání souborů cookie',
  gpcConflict:
    'Váš prohlížeč odesílá signál Global Privacy Control, kterým tuto kategorii odmítáte. Nesouhlas můžete ponechat, nebo kategorii povolit jen pro tento web.',
  keepOptedOut: 'Ponechat nesouhlas',
  allowForSite: 'Povolit pro tento web',
  blockedContent: 'Tento obsah je blokován. Pro jeho zobrazení povolte: {category}.',
  allowCategory: 'Povolit: {category}',
  categories: {
    essential: {
      label: 'Nezbytně nutné',
      description: 'Nezbytné pro fungování webu a pro zapamatování vašich voleb soukromí. Vždy aktivní.',
    },
    functional: {
      label: 'Funkční',
      description: 'Pamatují si vaše nastavení a umožňují vložené funkce, jako je chat a video.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomáhají nám pochopit, jak je web používán, abychom ho mohli zlepšovat.',
    },
    marketing: {
      label: 'Omezený marketing',
      description: 'Měří naše kampaně. Tato kategorie zahrnuje prodej nebo sdílení osobních údajů.',
    },
  },
};
