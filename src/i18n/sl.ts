import type { Texts } from '../types';

/** Slovenian texts (sl). */
export const SL: Texts = {
  title: 'Soglasje za piškotke',
  description:
    'Piškotke in podobne tehnologije uporabljamo za delovanje tega spletnega mesta, z vašim dovoljenjem pa tudi za shranjevanje vaših nastavitev, merjenje uporabe in podporo omejenemu trženju. Svojo izbiro lahko kadar koli spremenite.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  preferencesTitle: 'Nastavitve zasebnosti',
  saveChoices: 'Shrani izbiro',
  close: 'Zapri',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  gpcHonored: 'Vaša zahteva za zavrnitev je upoštevana',
  dntDisclosure:
    'To spletno mesto se ne odziva na signale Do Not Track iz brskalnika, temveč upošteva Global Privacy Control, kot je opisano spodaj.',
  noticeTitle: 'Vaše izbire glede zasebnosti',
  noticeDescription:
    'Piškotke uporabljamo za funkcije spletnega mesta, analitiko in omejeno trženje. Prodajo ali deljenje svojih osebnih podatkov lahko kadar koli zavrnete.',
  viaGpc: 'Izklopljeno prek signala Global Privacy Control',
  privacyChoices: 'Izbire glede zasebnosti',
  privacyPolicy: 'Politika zasebnosti',
  cookiePolicy: 'Politika piškotkov',
  gpcConflict:
    'Vaš brskalnik pošilja signal Global Privacy Control, s katerim to zavračate. Zavrnitev lahko ohranite ali pa to dovolite samo za to spletno mesto.',
  keepOptedOut: 'Ohrani zavrnitev',
  allowForSite: 'Dovoli za to spletno mesto',
  blockedContent: 'Ta vsebina je blokirana, dokler ne dovolite kategorije »{category}«.',
  allowCategory: 'Dovoli kategorijo »{category}«',
  categories: {
    essential: {
      label: 'Nujno potrebni',
      description: 'Potrebni za delovanje spletnega mesta in shranjevanje vaših izbir glede zasebnosti. Vedno vklopljeni.',
    },
    functional: {
      label: 'Funkcionalni',
      description: 'Shranjujejo vaše nastavitve in omogočajo vgrajene funkcije, kot sta klepet in video.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Pomaga nam razumeti, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    },
    marketing: {
      label: 'Omejeno trženje',
      description: 'Meri uspešnost naših kampanj. Zajema prodajo ali deljenje osebnih podatkov.',
    },
  },
};
