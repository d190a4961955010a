import type { Texts } from '../types';

/** Irish texts (ga). */
export const GA: Texts = {
  title: 'Toiliú le fianáin',
  description:
    'Úsáidimid fianáin agus teicneolaíochtaí cosúla chun an suíomh a oibriú agus, le do chead, chun cuimhneamh ar do shocruithe, d’anailísíocht agus do mhargaíocht theoranta. Is féidir leat do rogha a athrú am ar bith.',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  preferencesTitle: 'Sainroghanna príobháideachais',
  saveChoices: 'Sábháil na roghanna',
  close: 'Dún',
  doNotSell: 'Ná díol ná comhroinn m’fhaisnéis phearsanta',
  gpcHonored: 'Cuireadh d’iarratas ar dhiúltú i bhfeidhm',
  dntDisclosure:
    'Ní fhreagraíonn an suíomh seo do chomharthaí Do Not Track, ach urramaíonn sé Global Privacy Control (féach thíos).',
  noticeTitle: 'Do roghanna príobháideachais',
  noticeDescription:
    'Úsáidimid fianáin do ghnéithe an tsuímh, d’anailísíocht agus do mhargaíocht theoranta. Is féidir leat diúltú do dhíol nó do chomhroinnt d’fhaisnéise pearsanta am ar bith.',
  viaGpc: 'Múchta trí Global Privacy Control',
  privacyChoices: 'Roghanna príobháideachais',
  privacyPolicy: 'Beartas príobháideachais',
  cookiePolicy: 'Beartas fianán',
  gpcConflict:
    'Diúltaíonn do bhrabhsálaí don chatagóir seo trí Global Privacy Control. Is féidir leat an diúltú a choinneáil nó an chatagóir a cheadú don suíomh seo amháin.',
  keepOptedOut: 'Coinnigh an diúltú',
  allowForSite: 'Ceadaigh don suíomh seo',
  blockedContent: 'Tá an t-ábhar seo coiscthe go dtí go gceadaíonn tú: {category}.',
  allowCategory: 'Ceadaigh: {category}',
  categories: {
    essential: {
      label: 'Fíor-riachtanach',
      description: 'Riachtanach chun an suíomh a oibriú agus chun cuimhneamh ar do roghanna príobháideachais. Ar siúl i gcónaí.',
    },
    functional: {
      label: 'Feidhmiúil',
      description: 'Cuimhnítear ar do shocruithe agus cumasaítear gnéithe leabaithe, mar chomhrá agus físeáin.',
    },
    analytics: {
      label: 'Anailísíocht',
      description: 'Tomhaiseann siad úsáid an tsuímh, chun é a fheabhsú.',
    },
    marketing: {
      label: 'Margaíocht theoranta',
      description: 'Tomhaistear ár bhfeachtais. Cuimsítear díol nó comhroinnt faisnéise pearsanta.',
    },
  },
};
