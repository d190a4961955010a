import type { Texts } from '../types';

/** Czech texts (cs). */
export const CS: Texts = {
  title: 'Souhlas se soubory cookie',
  description:
    'Soubory cookie a podobné technologie používáme k provozu webu a s vaším svolením pro uložení nastavení, analytiku a omezený marketing. Volbu můžete kdykoli změnit.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  preferencesTitle: 'Nastavení soukromí',
  saveChoices: 'Uložit výběr',
  close: 'Zavřít',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  gpcHonored: 'Váš nesouhlas byl respektován',
  dntDisclosure:
    'Tento web nereaguje na Do Not Track, ale respektuje Global Privacy Control (viz níže).',
  noticeTitle: 'Vaše možnosti ochrany soukromí',
  noticeDescription:
    'Soubory cookie používáme pro funkce webu, analytiku a omezený marketing. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  viaGpc: 'Vypnuto signálem Global Privacy Control',
  privacyChoices: 'Možnosti soukromí',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  cookiePolicy: 'Zásady používání souborů cookie',
  gpcConflict:
    'Signálem Global Privacy Control váš prohlížeč tuto kategorii odmítá. Nesouhlas můžete ponechat, nebo ji povolit jen pro tento web.',
  keepOptedOut: 'Ponechat nesouhlas',
  allowForSite: 'Povolit pro tento web',
  blockedContent: 'Obsah je blokován, dokud nepovolíte: {category}.',
  allowCategory: 'Povolit: {category}',
  categories: {
    essential: {
      label: 'Nezbytně nutné',
      description: 'Nezbytné pro provoz webu a zapamatování vašich voleb soukromí. Vždy aktivní.',
    },
    functional: {
      label: 'Funkční',
      description: 'Pamatují si nastavení a umožňují vložený obsah jako chat a video.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Ukazují nám, jak je web používán, abychom ho mohli zlepšovat.',
    },
    marketing: {
      label: 'Omezený marketing',
      description: 'Měří naše kampaně. Zahrnuje prodej nebo sdílení osobních údajů.',
    },
  },
};
