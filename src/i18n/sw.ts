import type { Texts } from '../types';

/** Swahili texts (sw). */
export const SW: Texts = {
  title: 'Ridhaa ya vidakuzi',
  description:
    'Tunatumia vidakuzi na teknolojia zinazofanana ili kuendesha tovuti hii na, kwa ruhusa yako, kukumbuka mipangilio yako, kupima matumizi na kusaidia masoko yenye kikomo. Unaweza kubadilisha uamuzi wako wakati wowote.',
  acceptAll: 'Kubali zote',
  rejectAll: 'Kataa zote',
  customize: 'Weka mapendeleo',
  preferencesTitle: 'Mapendeleo ya faragha',
  saveChoices: 'Hifadhi chaguo',
  close: 'Funga',
  doNotSell: 'Usiuze wala usishiriki taarifa zangu binafsi',
  gpcHonored: 'Ombi lako la kujiondoa limetekelezwa',
  dntDisclosure:
    'Tovuti hii haiitikii ishara za Do Not Track kutoka kwa kivinjari; badala yake, inaheshimu Global Privacy Control kama ilivyoelezwa hapa chini.',
  noticeTitle: 'Chaguo zako za faragha',
  noticeDescription:
    'Tunatumia vidakuzi kwa vipengele vya tovuti, uchanganuzi na masoko yenye kikomo. Unaweza kujiondoa wakati wowote ili taarifa zako binafsi zisiuzwe wala zisishirikiwe.',
  viaGpc: 'Imezimwa kupitia Global Privacy Control',
  privacyChoices: 'Chaguo za faragha',
  privacyPolicy: 'Sera ya faragha',
  cookiePolicy: 'Sera ya vidakuzi',
  gpcConflict:
    'Kivinjari chako kinatuma ishara ya Global Privacy Control, ambayo inakuondoa katika hili. Unaweza kuendelea kujiondoa au kuruhusu hili kwa tovuti hii pekee.',
  keepOptedOut: 'Endelea kujiondoa',
  allowForSite: 'Ruhusu kwa tovuti hii',
  blockedContent: 'Maudhui haya yamezuiwa hadi uruhusu “{category}”.',
  allowCategory: 'Ruhusu “{category}”',
  categories: {
    essential: {
      label: 'Muhimu kabisa',
      description: 'Vinahitajika ili tovuti ifanye kazi na ikumbuke chaguo zako za faragha. Vimewashwa kila wakati.',
    },
    functional: {
      label: 'Utendakazi',
      description: 'Hukumbuka mipangilio yako na kuwezesha vipengele vilivyopachikwa kama vile gumzo na video.',
    },
    analytics: {
      label: 'Uchanganuzi',
      description: 'Hutusaidia kuelewa jinsi tovuti inavyotumika ili tuweze kuiboresha.',
    },
    marketing: {
      label: 'Masoko yenye kikomo',
      description: 'Hupima kampeni zetu. Hujumuisha kuuza au kushiriki taarifa binafsi.',
    },
  },
};
