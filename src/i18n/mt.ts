import type { Texts } from '../types';

/** Maltese texts (mt). */
export const MT: Texts = {
  title: 'Kunsens għall-cookies',
  description:
    'Nużaw cookies u teknoloġiji simili biex dan is-sit jaħdem u, bil-permess tiegħek, biex niftakru l-preferenzi tiegħek, inkejlu l-użu u nappoġġaw marketing limitat. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  preferencesTitle: 'Preferenzi tal-privatezza',
  saveChoices: 'Issejvja l-għażliet',
  close: 'Agħlaq',
  doNotSell: 'La tbigħx u la taqsamx id-data personali tiegħi',
  gpcHonored: 'It-talba tiegħek ta’ opt-out ġiet rispettata',
  dntDisclosure:
    'Dan is-sit ma jirrispondix għas-sinjali Do Not Track tal-brawżer; minflok, jirrispetta l-Global Privacy Control kif deskritt hawn taħt.',
  noticeTitle: 'L-għażliet tiegħek dwar il-privatezza',
  noticeDescription:
    'Nużaw cookies għall-funzjonijiet tas-sit, għall-analitika u għal marketing limitat. Tista’ tagħżel fi kwalunkwe ħin li d-data personali tiegħek ma tinbigħx u ma tinqasamx.',
  viaGpc: 'Mitfi permezz tal-Global Privacy Control',
  privacyChoices: 'Għażliet tal-privatezza',
  privacyPolicy: 'Politika tal-privatezza',
  cookiePolicy: 'Politika dwar il-cookies',
  gpcConflict:
    'Il-brawżer tiegħek qed jibgħat sinjal Global Privacy Control, li jfisser opt-out minn din il-kategorija. Tista’ żżomm l-opt-out jew tippermetti din il-kategorija għal dan is-sit biss.',
  keepOptedOut: 'Żomm l-opt-out',
  allowForSite: 'Ippermetti għal dan is-sit',
  blockedContent: 'Dan il-kontenut huwa mblukkat sakemm tippermetti l-kategorija “{category}”.',
  allowCategory: 'Ippermetti “{category}”',
  categories: {
    essential: {
      label: 'Strettament meħtieġa',
      description: 'Meħtieġa biex is-sit jaħdem u biex jiftakar l-għażliet tal-privatezza tiegħek. Dejjem attivi.',
    },
    functional: {
      label: 'Funzjonali',
      description: 'Jiftakru l-preferenzi tiegħek u jippermettu funzjonijiet integrati bħal chat u vidjo.',
    },
    analytics: {
      label: 'Analitiċi',
      description: 'Jgħinuna nifhmu kif jintuża s-sit biex inkunu nistgħu ntejbuh.',
    },
    marketing: {
      label: 'Marketing limitat',
      description: 'Ikejjel il-kampanji tagħna. Ikopri l-bejgħ jew il-qsim tad-data personali.',
    },
  },
};
