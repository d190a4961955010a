import type { Texts } from '../types';

/** Maltese texts (mt). */
export const MT: Texts = {
  title: 'Kunsens għall-cookies',
  description:
    'Nużaw cookies u teknoloġiji simili biex is-sit jaħdem u, bil-permess tiegħek, biex niftakru l-preferenzi tiegħek, inkejlu l-użu u nagħmlu marketing limitat. Tista’ tibdel l-għażla fi kwalunkwe ħin.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  preferencesTitle: 'Preferenzi tal-privatezza',
  saveChoices: 'Issejvja l-għażliet',
  close: 'Agħlaq',
  doNotSell: 'La tbigħx u la taqsamx id-data personali tiegħi',
  gpcHonored: 'It-talba tiegħek ta’ opt-out ġiet rispettata',
  dntDisclosure:
    'Dan is-sit ma jirrispondix għal Do Not Track, iżda jirrispetta l-Global Privacy Control (ara hawn taħt).',
  noticeTitle: 'L-għażliet tiegħek dwar il-privatezza',
  noticeDescription:
    'Nużaw cookies għall-funzjonijiet tas-sit, l-analitika u marketing limitat. Tista’ fi kwalunkwe ħin tagħmel opt-out mill-bejgħ jew il-qsim tad-data personali tiegħek.',
  viaGpc: 'Mitfi permezz tal-Global Privacy Control',
  privacyChoices: 'Għażliet tal-privatezza',
  privacyPolicy: 'Politika tal-privatezza',
  cookiePolicy: 'Politika dwar il-cookies',
  gpcConflict:
    'Is-sinjal Global Privacy Control tal-brawżer tiegħek jagħmel opt-out minn din il-kategorija. Tista’ żżomm l-opt-out jew tippermettiha għal dan is-sit biss.',
  keepOptedOut: 'Żomm l-opt-out',
  allowForSite: 'Ippermetti għal dan is-sit',
  blockedContent: 'Dan il-kontenut huwa mblukkat sakemm tippermetti “{category}”.',
  allowCategory: 'Ippermetti “{category}”',
  categories: {
    essential: {
      label: 'Strettament meħtieġa',
      description: 'Meħtieġa biex is-sit jaħdem u jiftakar l-għażliet tal-privatezza tiegħek. Dejjem attivi.',
    },
    functional: {
      label: 'Funzjonali',
      description: 'Jiftakru l-preferenzi tiegħek u jippermettu funzjonijiet integrati bħal chat u vidjo.',
    },
    analytics: {
      label: 'Analitiċi',
      description: 'Jgħinuna nifhmu kif jintuża s-sit biex intejbuh.',
    },
    marketing: {
      label: 'Marketing limitat',
      description: 'Ikejjel il-kampanji tagħna. Ikopri l-bejgħ jew il-qsim tad-data personali.',
    },
  },
};
