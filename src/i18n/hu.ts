import type { Texts } from '../types';

/** Hungarian texts (hu). */
export const HU: Texts = {
  title: 'Hozzájárulás sütik használatához',
  description:
    'Sütiket és hasonló technológiákat használunk a webhely működéséhez, és hozzájárulásával beállításai megjegyzéséhez, elemzéshez és korlátozott marketinghez. Döntését bármikor módosíthatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  preferencesTitle: 'Adatvédelmi beállítások',
  saveChoices: 'Beállítások mentése',
  close: 'Bezárás',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  gpcHonored: 'Tiltakozási kérelmét teljesítettük',
  dntDisclosure:
    'A webhely nem reagál a Do Not Track-jelzésre, de a Global Privacy Controlt tiszteletben tartja (lásd alább).',
  noticeTitle: 'Az Ön adatvédelmi döntései',
  noticeDescription:
    'Sütiket használunk a webhely funkcióihoz, elemzéshez és korlátozott marketinghez. Személyes adatai eladása vagy megosztása ellen bármikor tiltakozhat.',
  viaGpc: 'Kikapcsolva a Global Privacy Control-jelzés miatt',
  privacyChoices: 'Adatvédelmi döntések',
  privacyPolicy: 'Adatvédelmi tájékoztató',
  cookiePolicy: 'Sütikezelési tájékoztató',
  gpcConflict:
    'Böngészője Global Privacy Control-jelzéssel tiltakozik e kategória ellen. A tiltakozást fenntarthatja, vagy a kategóriát csak ezen a webhelyen engedélyezheti.',
  keepOptedOut: 'Tiltakozás fenntartása',
  allowForSite: 'Engedélyezés ezen a webhelyen',
  blockedContent: 'Ez a tartalom le van tiltva, amíg nem engedélyezi: {category}.',
  allowCategory: 'Engedélyezés: {category}',
  categories: {
    essential: {
      label: 'Feltétlenül szükséges',
      description: 'A webhely működéséhez és adatvédelmi döntései megjegyzéséhez szükségesek. Mindig bekapcsolva.',
    },
    functional: {
      label: 'Funkcionális',
      description: 'Megjegyzik beállításait, és működtetik a beágyazott csevegést, videót stb.',
    },
    analytics: {
      label: 'Analitikai',
      description: 'A webhely használatát mérik, hogy fejleszthessük.',
    },
    marketing: {
      label: 'Korlátozott marketing',
      description: 'Kampányainkat méri; ide tartozik a személyes adatok eladása vagy megosztása.',
    },
  },
};
